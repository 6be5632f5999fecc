package cn.insure.claims.system.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.system.model.ModelGuard.Violation;

/**
 * The models and forms analysts edit in Camunda Modeler follow the conventions, and the guard that
 * says so fails on each thing an analyst could break: every broken fixture under
 * {@code model-guard/broken/} is reported with its file, element and problem.
 */
@ClaimsSpringBootTest
class ModelConventionsTest {

  private static final Path FIXTURES = Path.of("src/test/resources/model-guard");

  /** The beans the fixture models may name. */
  private static final Set<String> FIXTURE_BEANS =
      Set.of("archiveClaimDelegate", "claimAuditListener", "notifyPolicyholderDelegate");

  private static ModelGuard.Result broken;

  @Autowired ApplicationContext context;

  @BeforeAll
  static void checkTheBrokenFixtures() {
    broken = guardOver(FIXTURES.resolve("broken")).check();
  }

  @Test
  void everyModelAndFormInTheProjectFollowsTheConventions() {
    ModelGuard.Result result = new ModelGuard(Path.of("processes"), Path.of("forms"), context::containsBean).check();

    assertThat(result.filesChecked()).as("files checked in processes/ and forms/").isPositive();
    assertThat(result.violations())
        .withFailMessage(() -> result.violations().size() + " model convention violations:\n"
            + result.violations().stream().map(Violation::toString).collect(Collectors.joining("\n")))
        .isEmpty();
  }

  @Test
  void aCorrectModelYieldsNoViolation() {
    ModelGuard.Result result = guardOver(FIXTURES.resolve("valid")).check();

    assertThat(result.filesChecked()).isEqualTo(5);
    assertThat(result.violations()).isEmpty();
  }

  @Test
  void aDelegateExpressionNamingNoBeanIsReported() {
    assertThat(violationsIn("processes/claim/delegate-to-missing-bean.bpmn")).containsExactly(
        new Violation("processes/claim/delegate-to-missing-bean.bpmn", "archiveClaim",
            "delegate expression ${archiveClaimDelegat} names no Spring bean"));
  }

  @Test
  void listenerDelegateExpressionsNamingNoBeanAreReported() {
    assertThat(violationsIn("processes/claim/listener-to-missing-bean.bpmn")).containsExactlyInAnyOrder(
        new Violation("processes/claim/listener-to-missing-bean.bpmn", "firstReview",
            "task listener: delegate expression ${claimAuditListenr} names no Spring bean"),
        new Violation("processes/claim/listener-to-missing-bean.bpmn", "firstReview",
            "execution listener: delegate expression ${claimAuditListenr} names no Spring bean"));
  }

  @Test
  void aJavaClassThatDoesNotExistIsReported() {
    assertThat(violationsIn("processes/claim/class-that-does-not-exist.bpmn")).containsExactly(
        new Violation("processes/claim/class-that-does-not-exist.bpmn", "archiveClaim",
            "Java class cn.insure.claims.claim.process.ArchiveClaimDelegat does not exist"));
  }

  @Test
  void aUserTaskWithoutAFormIsReported() {
    assertThat(violationsIn("processes/claim/user-task-without-form.bpmn")).containsExactly(
        new Violation("processes/claim/user-task-without-form.bpmn", "firstReview",
            "user task has no form: link a Camunda Form (formRef) or set a formKey"));
  }

  @Test
  void aUserTaskWithoutACandidateGroupIsReported() {
    assertThat(violationsIn("processes/claim/user-task-without-candidate-group.bpmn")).containsExactly(
        new Violation("processes/claim/user-task-without-candidate-group.bpmn", "firstReview",
            "user task has no candidate group or assignee"));
  }

  @Test
  void aFormRefToAMissingFormIsReported() {
    assertThat(violationsIn("processes/claim/form-ref-to-missing-form.bpmn")).containsExactly(
        new Violation("processes/claim/form-ref-to-missing-form.bpmn", "firstReview",
            "formRef firstReveiw matches no form id in forms/"));
  }

  @Test
  void aStartFormRefToAMissingFormIsReported() {
    assertThat(violationsIn("processes/claim/start-form-ref-to-missing-form.bpmn")).containsExactly(
        new Violation("processes/claim/start-form-ref-to-missing-form.bpmn", "claimReported",
            "formRef claimReport matches no form id in forms/"));
  }

  @Test
  void aFormBoundToAVersionNumberIsReported() {
    assertThat(violationsIn("processes/claim/form-ref-binding-version.bpmn")).containsExactly(
        new Violation("processes/claim/form-ref-binding-version.bpmn", "firstReview",
            "formRefBinding is version; use deployment or latest"));
  }

  @Test
  void aProcessWithoutHistoryTimeToLiveIsReported() {
    assertThat(violationsIn("processes/claim/process-without-history-time-to-live.bpmn")).containsExactly(
        new Violation("processes/claim/process-without-history-time-to-live.bpmn", "claimReviewWithoutTimeToLive",
            "executable process has no historyTimeToLive"));
  }

  @Test
  void aDecisionWithoutHistoryTimeToLiveIsReported() {
    assertThat(violationsIn("processes/claim/decision-without-history-time-to-live.dmn")).containsExactly(
        new Violation("processes/claim/decision-without-history-time-to-live.dmn", "claimTriage",
            "decision has no historyTimeToLive"));
  }

  @Test
  void aGeneratedIdOnATaskIsReported() {
    assertThat(violationsIn("processes/claim/generated-id-on-task.bpmn")).containsExactly(
        new Violation("processes/claim/generated-id-on-task.bpmn", "Activity_0x1kq2m",
            "generated id: rename it in camelCase to say what happens (firstReview, claimPaid, documentsMissing)"));
  }

  @Test
  void aGeneratedIdOnADecisionRuleIsReported() {
    assertThat(violationsIn("processes/claim/generated-id-on-rule.dmn")).containsExactly(
        new Violation("processes/claim/generated-id-on-rule.dmn", "DecisionRule_0f3k9sz",
            "generated id: rename it in camelCase to say what happens (firstReview, claimPaid, documentsMissing)"));
  }

  @Test
  void theIdsCamundaModelerGeneratesAreRecognised() {
    assertThat(List.of("Activity_0x1kq2m", "Flow_1a2b3c4", "Gateway_0yq8r7d", "StartEvent_1", "Event_0abcdef",
        "DecisionRule_0f3k9sz", "Process_1h7k2mq"))
        .allMatch(ModelConventionsTest::isGenerated);
    assertThat(List.of("firstReview", "documentsMissing", "claimPaid", "ruleHospitalisationDischargeSummary",
        "inputProductLine", "Activity", "Flow_in"))
        .noneMatch(ModelConventionsTest::isGenerated);
  }

  @Test
  void aDecisionRefToAMissingDecisionIsReported() {
    assertThat(violationsIn("processes/claim/decision-ref-to-missing-decision.bpmn")).containsExactly(
        new Violation("processes/claim/decision-ref-to-missing-decision.bpmn", "routeReview",
            "decisionRef claimReviewRoutin matches no decision id in processes/"));
  }

  @Test
  void aCallActivityToAMissingProcessIsReported() {
    assertThat(violationsIn("processes/complaint/call-activity-to-missing-process.bpmn")).containsExactly(
        new Violation("processes/complaint/call-activity-to-missing-process.bpmn", "handleComplaint",
            "calledElement complaintHandlng matches no process id in processes/"));
  }

  @Test
  void aServiceTaskWithoutImplementationIsReported() {
    assertThat(violationsIn("processes/claim/service-task-without-implementation.bpmn")).containsExactly(
        new Violation("processes/claim/service-task-without-implementation.bpmn", "archiveClaim",
            "service task has no implementation: set a delegate expression, a Java class, an expression"
                + " or an external topic"));
  }

  @Test
  void aMessageThrowEventWithoutImplementationIsReported() {
    assertThat(violationsIn("processes/claim/message-throw-without-implementation.bpmn")).containsExactly(
        new Violation("processes/claim/message-throw-without-implementation.bpmn", "notifyPolicyholder",
            "message throw event has no implementation: set a delegate expression, a Java class, an expression"
                + " or an external topic"));
  }

  @Test
  void aBpmnFileThatDoesNotParseIsReported() {
    assertThat(violationsIn("processes/claim/not-bpmn.bpmn")).singleElement().satisfies(violation -> {
      assertThat(violation.elementId()).isEmpty();
      assertThat(violation.problem()).startsWith("cannot be read as BPMN 2.0: ");
    });
  }

  @Test
  void aFormWithoutIdIsReported() {
    assertThat(violationsIn("forms/claim/form-without-id.form")).containsExactly(
        Violation.ofFile("forms/claim/form-without-id.form", "form has no id"));
  }

  @Test
  void aFormOfAnotherTypeIsReported() {
    assertThat(violationsIn("forms/claim/form-of-another-type.form")).containsExactly(
        new Violation("forms/claim/form-of-another-type.form", "panelReview",
            "form type must be \"default\", is \"custom\""));
  }

  @Test
  void aFormFieldWithoutLabelIsReportedAlsoInsideAGroup() {
    assertThat(violationsIn("forms/claim/field-without-label.form")).containsExactly(
        new Violation("forms/claim/field-without-label.form", "missingDocuments", "form field has no label"));
  }

  @Test
  void aFormThatIsNotJsonIsReported() {
    assertThat(violationsIn("forms/claim/not-json.form")).singleElement().satisfies(violation -> {
      assertThat(violation.elementId()).isEmpty();
      assertThat(violation.problem()).startsWith("is not valid JSON: line 6, ");
    });
  }

  @Test
  void twoFormsWithTheSameIdAreReported() {
    assertThat(violationsIn("forms/claim/second-review.form")).isEmpty();
    assertThat(violationsIn("forms/complaint/second-review-copy.form")).containsExactly(
        new Violation("forms/complaint/second-review-copy.form", "secondReview",
            "form id secondReview is also used by forms/claim/second-review.form"));
  }

  @Test
  void twoFilesWithTheSameNameAreReported() {
    assertThat(violationsIn("forms/claim/acknowledgement.form")).isEmpty();
    assertThat(violationsIn("forms/complaint/acknowledgement.form")).containsExactly(
        Violation.ofFile("forms/complaint/acknowledgement.form",
            "file name acknowledgement.form is also used by forms/claim/acknowledgement.form;"
                + " the deployment names resources by file name, so one would replace the other"));
  }

  @Test
  void aViolationReadsAsFileElementAndProblem() {
    assertThat(new Violation("processes/claim/claim-handling.bpmn", "firstReview",
        "user task has no candidate group or assignee"))
        .hasToString(
            "processes/claim/claim-handling.bpmn › firstReview: user task has no candidate group or assignee");
    assertThat(Violation.ofFile("forms/claim/form-without-id.form", "form has no id"))
        .hasToString("forms/claim/form-without-id.form: form has no id");
  }

  private static ModelGuard guardOver(Path root) {
    return new ModelGuard(root.resolve("processes"), root.resolve("forms"), FIXTURE_BEANS::contains);
  }

  private static boolean isGenerated(String id) {
    return ModelGuard.GENERATED_ID.matcher(id).matches();
  }

  private static List<Violation> violationsIn(String file) {
    return broken.violations().stream().filter(violation -> violation.file().equals(file)).toList();
  }
}
