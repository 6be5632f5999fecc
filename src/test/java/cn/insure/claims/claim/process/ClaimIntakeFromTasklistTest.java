package cn.insure.claims.claim.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.claim.ClaimRepository;

/** A claim taken by phone: 张伟 starts claimHandling from Tasklist's start form {@code claimIntake}. */
@ClaimsSpringBootTest
class ClaimIntakeFromTasklistTest {

  @Autowired ProcessEngine processEngine;
  @Autowired FormService formService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ClaimRepository claims;

  @BeforeEach
  void setUp() {
    init(processEngine);
  }

  @Test
  void aPhoneClaimEnteredInTasklistIsRegisteredNumberedAndItsPersonalNumbersNeverStayInTheEngine() {
    ProcessInstance claim = startFromTasklist(phoneClaim());

    assertThat(claim.getBusinessKey()).matches("CLM-\\d{8}-\\d{6}");
    assertThat(claim).isWaitingAt("awaitMissingDocuments");
    assertThat(claims.find(claim.getBusinessKey())).hasValueSatisfying(record -> {
      assertThat(record.channel()).isEqualTo("PHONE");
      assertThat(record.claimantIdNumber()).isEqualTo("440305198512240029");
    });
    assertThat(runtimeService.getVariables(claim.getId())).doesNotContainKeys("claimantIdNumber", "claimantPhone",
        "payeeAccountNumber").containsEntry("claimantIdNumberMasked", "440305********0029");

    List<String> history = new java.util.ArrayList<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceId(claim.getId()).list()
        .forEach(v -> history.add(String.valueOf(((HistoricVariableInstance) v).getValue())));
    historyService.createHistoricDetailQuery().processInstanceId(claim.getId()).list()
        .forEach(d -> history.add(String.valueOf(detailValue(d))));
    assertThat(String.join(" ", history)).doesNotContain("440305198512240029").doesNotContain("13912345678")
        .doesNotContain("6214830212345678").contains("440305********0029");
  }

  @Test
  void anUnknownPolicyEnteredInTasklistIsRefusedWithAClearMessageAndNothingStarts() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("claimHandling").count();
    Map<String, Object> form = phoneClaim();
    form.put("policyNumber", "P-MED-2026-999999");

    assertThatThrownBy(() -> startFromTasklist(form)).hasMessageContaining("P-MED-2026-999999");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("claimHandling").count())
        .isEqualTo(before);
  }

  @Test
  void missingFieldsInTheStartFormAreNamed() {
    Map<String, Object> form = phoneClaim();
    form.remove("lossDate");
    form.put("claimantPhone", "139");

    assertThatThrownBy(() -> startFromTasklist(form)).hasMessageContaining("lossDate")
        .hasMessageContaining("claimantPhone");
  }

  private ProcessInstance startFromTasklist(Map<String, Object> form) {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("claimHandling")
        .latestVersion().singleResult().getId();
    return formService.submitStartForm(definitionId, form);
  }

  private static Object detailValue(HistoricDetail detail) {
    if (detail instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate update) {
      return update.getValue();
    }
    if (detail instanceof org.camunda.bpm.engine.history.HistoricFormField field) {
      return field.getFieldValue();
    }
    return "";
  }

  private static Map<String, Object> phoneClaim() {
    Map<String, Object> form = new HashMap<>();
    form.put("policyNumber", "P-PRP-2026-000001");
    form.put("channel", "PHONE");
    form.put("productLine", "PROPERTY");
    form.put("claimType", "PROPERTY_DAMAGE");
    form.put("claimantName", "何家豪");
    form.put("claimantPhone", "13912345678");
    form.put("claimantEmail", "hjh@example.com");
    form.put("claimantIdNumber", "440305198512240029");
    form.put("lossDate", "2026-11-20");
    form.put("lossPlace", "深圳市南山区粤海街道科技园小区5栋");
    form.put("regionCode", "440305");
    form.put("peril", "TYPHOON");
    form.put("lossCause", "台风导致阳台玻璃破碎、客厅进水");
    form.put("claimedAmount", 8600.0);
    form.put("payeeAccountName", "何家豪");
    form.put("payeeBankName", "中国银行");
    form.put("payeeAccountNumber", "6214830212345678");
    return form;
  }
}
