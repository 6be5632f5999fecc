package cn.insure.claims.complaint.process;

import cn.insure.claims.system.engine.TaskActors;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On {@code reviewComplaint} and {@code approveExtension} (assignment and completion): nobody who
 * handled a complaint may review it (核查 is one level up) or approve more time for it. Enforced by
 * the engine, whatever the client.
 */
@Component
class ReviewSeparationListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object handlers = task.getVariable(ComplaintHandlingProcess.VAR_HANDLERS);
    String actor = TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee()
        : TaskActors.completerOf(task);
    if (actor != null && handlers != null && List.of(handlers.toString().split(",")).contains(actor)) {
      throw new BadUserRequestException("处理人不得核查或审批本人处理的投诉 " + actor + " handled "
          + task.getVariable(ComplaintHandlingProcess.VAR_COMPLAINT_NUMBER) + " and cannot "
          + ("approveExtension".equals(task.getTaskDefinitionKey()) ? "approve its extension" : "review it"));
    }
  }
}
