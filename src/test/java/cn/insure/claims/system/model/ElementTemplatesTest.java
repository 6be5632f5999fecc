package cn.insure.claims.system.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import cn.insure.claims.ClaimsSpringBootTest;

/**
 * The element templates analysts use in Camunda Modeler ({@code .camunda/element-templates}) fit the
 * application and the models, and the guard that says so fails on each thing that can go wrong
 * (fixture tree {@code element-templates/broken}).
 */
@ClaimsSpringBootTest
class ElementTemplatesTest {

  /**
   * Delegate beans the models use that deliberately have no template, and why. A new delegate bean
   * needs a template in .camunda/element-templates or a line here.
   */
  static final Map<String, String> PROCESS_SPECIFIC = Map.ofEntries(
      Map.entry("settleClaimAutomaticallyDelegate", "green-channel straight-through settlement: one place in"
          + " claimHandling, between its checklist and the determination"),
      Map.entry("prioritiseOpenTasksDelegate", "reprioritises the running claim's own tasks inside claimHandling's"
          + " green-channel event subprocess"),
      Map.entry("switchRunningClaimsDelegate", "batch step of catastropheEvent's loop: keeps a cursor and needs the"
          + " claimsLeftToSwitchGateway loop around it"),
      Map.entry("sendGreenChannelNoticesDelegate", "batch step of catastropheEvent's loop: keeps a cursor and needs"
          + " the noticesLeftGateway loop around it"),
      Map.entry("sendHandlerReminderDelegate", "looks up the waiting handleComplaint task of complaintHandling"),
      Map.entry("alertManagerDelegate", "looks for complaintHandling's approveExtension / handleEscalatedComplaint"
          + " wait states to raise its incident there"),
      Map.entry("recordCrisisOverdueDelegate", "timer step of complaintHandling while it waits for the crisis team"),
      Map.entry("recordReconsiderationOverdueDelegate", "timer step of complaintHandling while the claims panel"
          + " reconsiders"),
      Map.entry("recordReviewListener", "task listener: checks and records the decision fields of the claim review"
          + " forms, one case per task; element templates (Camunda 7) cannot set task listeners"),
      Map.entry("separationOfDutiesListener", "task listener of claimHandling's secondReview (four-eyes rule)"),
      Map.entry("reviewSeparationListener", "task listener of complaintHandling's review (four-eyes rule)"),
      Map.entry("recordSpotCheckListener", "task listener of claimHandling's spotCheckClaim form"),
      Map.entry("recordComplaintSpotCheckListener", "task listener of complaintHandling's spotCheckComplaint form"),
      Map.entry("recordOfflinePaymentListener", "task listener of claimHandling's recordOfflinePayment form"),
      Map.entry("correctPayeeAccountListener", "task listener of claimHandling's correctPayeeAccount form"),
      Map.entry("recordHandlingListener", "task listener of complaintHandling's handling forms"),
      Map.entry("prepareClaimTaskListener", "task listener putting the case details on claimHandling's claim when"
          + " its first task is created"),
      Map.entry("prepareComplaintTaskListener", "task listener preparing complaintHandling's tasks on create"),
      Map.entry("recordCrisisStepListener", "task listener of crisisIncident's forms"),
      Map.entry("prepareCrisisTaskListener", "task listener preparing crisisIncident's tasks on create"),
      Map.entry("recordReportReviewListener", "task listener of catastropheEvent's report review form"),
      Map.entry("recordEventCloserListener", "task listener of catastropheEvent's close form"),
      Map.entry("recordConsultationAnswerListener", "task listener of consultationHandling's answerConsultation form"),
      Map.entry("recordAdvisorAnswerListener", "task listener of consultationHandling's advisor answer form"),
      Map.entry("recordCallBackListener", "task listener of customerCallBack's questionnaire form"),
      Map.entry("recordFollowUpListener", "task listener of customerCallBack's follow-up form"),
      Map.entry("recordRectificationListener", "task listener of spotCheckRectification's rectify form"),
      Map.entry("verifyRectificationListener", "task listener of spotCheckRectification's verify form (four-eyes rule)"),
      Map.entry("recordCauseAnalysisListener", "task listener of complaintCauseAnalysis's analysis form"),
      Map.entry("recordCorrectiveActionListener", "task listener of complaintCauseAnalysis's corrective-action forms"),
      Map.entry("loadCorrectiveActionListener", "execution listener loading one corrective action into its"
          + " multi-instance subprocess of complaintCauseAnalysis"),
      Map.entry("planEvaluationListener", "task listener of serviceQualityEvaluation's planEvaluation form"),
      Map.entry("analyseEvaluationListener", "task listener of serviceQualityEvaluation's analyseEvaluation form"),
      Map.entry("approveQualityReportListener", "task listener of serviceQualityEvaluation's approval form"),
      Map.entry("carryOutImprovementListener", "task listener of serviceQualityEvaluation's improvement tasks"),
      Map.entry("verifyImprovementListener", "task listener of serviceQualityEvaluation's verification form"));

  private static final Path BROKEN = Path.of("src/test/resources/element-templates/broken");

  @Autowired ApplicationContext context;

  @Test
  void theProjectsTemplatesFitTheApplicationAndTheModels() {
    ElementTemplateGuard guard = new ElementTemplateGuard(Path.of(".camunda/element-templates"), Path.of("processes"),
        name -> context.containsBean(name) ? context.getBean(name) : null, PROCESS_SPECIFIC);

    assertThat(guard.templates()).hasSizeGreaterThanOrEqualTo(39);
    assertThat(guard.check()).isEmpty();
  }

  @Test
  void eachBrokenTemplateAndModelIsReported() {
    JavaDelegate delegate = execution -> { };
    Map<String, Object> beans = Map.of("archiveClaimDelegate", delegate, "notifyPolicyholderDelegate", delegate,
        "claimAuditListener", new ClaimAuditListener());
    ElementTemplateGuard guard = new ElementTemplateGuard(BROKEN.resolve(".camunda/element-templates"),
        BROKEN.resolve("processes"), beans::get,
        Map.of("claimAuditListener", "records one task's audit trail", "formerDelegate", "no longer used"));

    assertThat(guard.check()).containsExactlyInAnyOrder(
        "claim.json › fixture.misspelt: delegate expression ${notifyPolicyholderDelegat} names no Spring bean",
        "claim.json › fixture.listener: bean claimAuditListener is a ClaimAuditListener, not a JavaDelegate",
        "claim.json › fixture.listener: bean claimAuditListener has a template but is also listed as process-specific",
        "claim.json › fixture.decision: decisionRef claimTriage matches no decision id in " + BROKEN.resolve("processes"),
        "copy.json › fixture.archiveClaim: template id is also used in claim.json",
        "claim-closing.bpmn › archiveClaim: archiveClaimDelegate runs asynchronously (template fixture.archiveClaim):"
            + " set asyncBefore",
        "claim-closing.bpmn › archiveClaim: archiveClaimDelegate needs a retry time cycle (R3/PT5M)",
        "claim-closing.bpmn › archiveClaim: modelerTemplateVersion 1 but template fixture.archiveClaim is version 2",
        "claim-closing.bpmn › archiveClaim: camunda:asyncBefore is null, template fixture.archiveClaim fixes true",
        "claim-closing.bpmn › notifyPolicyholder: modelerTemplate fixture.notify is no template in"
            + " .camunda/element-templates",
        "claim-closing.bpmn › sendReminder: delegate bean reminderDelegate has no element template and is not"
            + " listed as process-specific (with a reason)",
        "claim-closing.bpmn › routeClaim: decision claimRouting has no element template",
        "process-specific bean formerDelegate is used by no model under " + BROKEN.resolve("processes")
            + ": remove it from the list");
  }

  /** A task listener bean, which a service-task template must not name. */
  static final class ClaimAuditListener implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
    }
  }
}
