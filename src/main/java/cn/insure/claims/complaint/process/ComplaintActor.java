package cn.insure.claims.complaint.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting on a task: its assignee, else the authenticated caller completing it. */
final class ComplaintActor {

  private ComplaintActor() {
  }

  static String of(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? "system" : authentication.getUserId();
  }
}
