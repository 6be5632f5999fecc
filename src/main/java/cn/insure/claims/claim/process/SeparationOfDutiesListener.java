package cn.insure.claims.claim.process;

import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_CLAIM_NUMBER;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_FIRST_REVIEWER;

import cn.insure.claims.system.engine.TaskActors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On {@code secondReview} (assignment and completion): the person who did the first review of a
 * claim may not do its second review. Enforced by the engine, whatever the client.
 */
@Component
class SeparationOfDutiesListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String firstReviewer = (String) task.getVariable(VAR_FIRST_REVIEWER);
    String actor = TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee()
        : TaskActors.completerOf(task);
    if (actor != null && actor.equals(firstReviewer)) {
      throw new BadUserRequestException("初审与复审不得为同一人 " + actor + " did the first review of "
          + task.getVariable(VAR_CLAIM_NUMBER) + " and cannot do its second review");
    }
  }
}
