package cn.insure.claims.claim.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.claim.Claim;
import cn.insure.claims.claim.ClaimFixtures;
import cn.insure.claims.claim.ClaimService;
import cn.insure.claims.claim.ClaimSubmission;

/**
 * A claim's process carries from the start only what the process reads; the case details a person
 * reads (claimant, loss, summary) are put on it from the claim's record when its first task is
 * created; the lists of documents received and missing when the documents are in — so a surge of claims
 * waiting for documents writes a third fewer variables.
 */
@ClaimsSpringBootTest
class CaseDetailsReachThePersonTest {

  private static final List<String> CASE_DETAILS = List.of("policyNumber", "claimantName",
      "claimantIdNumberMasked", "claimantPhoneMasked", "lossDate", "lossPlace", "regionCode", "peril", "lossCause",
      "caseSummary");

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ClaimService claimService;

  @BeforeEach
  void setUp() {
    init(processEngine);
  }

  @Test
  void aClaimWaitingForDocumentsCarriesOnlyWhatTheProcessReads() {
    ProcessInstance claim = submit(ClaimFixtures.medicalClaimWithDocuments(List.of("CLAIM_FORM", "ID_DOCUMENT")));
    assertThat(claim).isWaitingAt("awaitMissingDocuments");

    Map<String, Object> variables = runtimeService.getVariables(claim.getId());
    assertThat(variables).doesNotContainKeys(CASE_DETAILS.toArray(String[]::new))
        .doesNotContainKeys("documentsReceived", "documentsMissing")
        .containsKeys("claimNumber", "productLine", "claimType", "channel", "claimedAmount", "greenChannel",
            "requiredDocuments")
        .containsEntry("documentsComplete", false)
        .containsEntry("advancePaymentShare", null);
  }

  @Test
  void theFirstTaskShowsTheCaseDetailsFromTheClaimsRecordWithIdAndPhoneMasked() {
    ProcessInstance claim = submit(ClaimFixtures.medicalClaimWithDocuments(List.of("CLAIM_FORM", "ID_DOCUMENT")));
    String claimNumber = claim.getBusinessKey();
    supplyTheMissingDocuments(claimNumber);
    assertThat(claim).isWaitingAt("firstReview");

    Claim record = claimService.require(claimNumber);
    Task firstReview = taskService.createTaskQuery().processInstanceId(claim.getId()).singleResult();
    Map<String, Object> shown = taskService.getVariables(firstReview.getId());
    assertThat(shown).containsKeys(CASE_DETAILS.toArray(String[]::new))
        .containsEntry("documentsMissing", "")
        .hasEntrySatisfying("documentsReceived",
            received -> assertThat((String) received).contains("DISCHARGE_SUMMARY"))
        .containsEntry("policyNumber", record.policyNumber())
        .containsEntry("claimantName", record.claimantName())
        .containsEntry("lossDate", record.lossDate().toString())
        .containsEntry("lossPlace", record.lossPlace())
        .containsEntry("caseSummary", record.claimantName() + " · " + record.productLine() + "/"
            + record.claimType() + " · " + record.claimedAmount().toPlainString() + " CNY");
    assertThat((String) shown.get("claimantIdNumberMasked")).contains("*")
        .isNotEqualTo(record.claimantIdNumber());
    assertThat((String) shown.get("claimantPhoneMasked")).contains("*").isNotEqualTo(record.claimantPhone());
    assertThat(shown.values()).doesNotContain(record.claimantIdNumber(), record.claimantPhone());
  }

  @Test
  void aClaimThatAlreadyHasItsCaseDetailsKeepsThem() {
    ProcessInstance claim = submit(ClaimFixtures.medicalClaimWithDocuments(List.of("CLAIM_FORM", "ID_DOCUMENT")));
    // As a claim started before the details moved to the first task: it has them from its start.
    runtimeService.setVariable(claim.getId(), "caseSummary", "已在办案件 Running claim");
    runtimeService.setVariable(claim.getId(), "claimantName", "王小明（原值）");
    String claimNumber = claim.getBusinessKey();
    supplyTheMissingDocuments(claimNumber);
    assertThat(claim).isWaitingAt("firstReview");

    assertThat(runtimeService.getVariables(claim.getId())).containsEntry("caseSummary", "已在办案件 Running claim")
        .containsEntry("claimantName", "王小明（原值）").doesNotContainKey("lossPlace");
  }

  @Test
  void everyTaskOfTheClaimProcessPutsTheCaseDetailsOnTheClaimWhenItIsCreated() throws Exception {
    BpmnModelInstance model;
    try (InputStream bpmn = Files.newInputStream(Path.of("processes/claim/claim-handling.bpmn"))) {
      model = Bpmn.readModelFromStream(bpmn);
    }
    List<UserTask> tasks = List.copyOf(model.getModelElementsByType(UserTask.class));
    assertThat(tasks).hasSizeGreaterThanOrEqualTo(11);
    for (UserTask task : tasks) {
      assertThat(task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list())
          .as("task %s: a create listener ${prepareClaimTaskListener}, or its form shows no case details",
              task.getId())
          .anySatisfy(listener -> {
            assertThat(listener.getCamundaEvent()).isEqualTo("create");
            assertThat(listener.getCamundaDelegateExpression()).isEqualTo("${prepareClaimTaskListener}");
          });
    }
  }

  private void supplyTheMissingDocuments(String claimNumber) {
    for (String type : List.of("MEDICAL_INVOICE", "EXPENSE_LIST", "BANK_ACCOUNT_PROOF", "DISCHARGE_SUMMARY")) {
      claimService.addDocument(claimNumber, type, type.toLowerCase() + ".pdf", ClaimFixtures.pdfBytes(type));
    }
  }

  private ProcessInstance submit(ClaimSubmission submission) {
    ClaimService.Submitted submitted = claimService.submit(submission, null, "channel");
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(submitted.claim().claimNumber())
        .singleResult();
  }
}
