package cn.insure.claims.claim.process;

import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_CLAIM_NUMBER;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_SPOT_CHECK_FINDINGS;

import cn.insure.claims.system.engine.TaskActors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.insure.claims.claim.ClaimSpotCheckFinding;
import cn.insure.claims.claim.ClaimSpotChecks;

/**
 * On completion of {@code spotCheckClaim}: records the quality inspector's findings. Anything not
 * in order needs a written finding, and is published ({@link ClaimSpotCheckFinding}) to be rectified.
 */
@Component
class RecordSpotCheckListener implements TaskListener {

  private final ClaimSpotChecks spotChecks;
  private final ApplicationEventPublisher events;

  RecordSpotCheckListener(ClaimSpotChecks spotChecks, ApplicationEventPublisher events) {
    this.spotChecks = spotChecks;
    this.events = events;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean processFollowed = yesOrNo(task, "processFollowed");
    boolean reviewAccurate = yesOrNo(task, "reviewAccurate");
    boolean paymentReasonable = yesOrNo(task, "paymentReasonable");
    Object findings = task.getVariable(VAR_SPOT_CHECK_FINDINGS);
    String text = findings == null ? "" : findings.toString().trim();
    if (!(processFollowed && reviewAccurate && paymentReasonable) && text.isEmpty()) {
      throw new BadUserRequestException("spotCheckFindings: 有不合规项时须写明问题 Describe what was not in order");
    }
    String claimNumber = (String) task.getVariable(VAR_CLAIM_NUMBER);
    String inspector = TaskActors.completerOf(task);
    spotChecks.recordInspection(claimNumber, inspector, processFollowed, reviewAccurate, paymentReasonable,
        text.isEmpty() ? null : text);
    if (!(processFollowed && reviewAccurate && paymentReasonable)) {
      events.publishEvent(new ClaimSpotCheckFinding(claimNumber, text, inspector));
    }
  }

  private static boolean yesOrNo(DelegateTask task, String name) {
    if (!(task.getVariable(name) instanceof Boolean value)) {
      throw new BadUserRequestException(name + ": true or false is required");
    }
    return value;
  }
}
