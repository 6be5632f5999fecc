package cn.insure.claims.reporting.process;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting on a task, and the checks every evaluation form field gets on the server. */
final class TaskActor {

  private TaskActor() {
  }

  static String of(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? "system" : authentication.getUserId();
  }

  /** The trimmed text of a required field of at most {@code max} characters. */
  static String requiredText(DelegateTask task, String field, String label, int max) {
    Object value = task.getVariable(field);
    if (value == null || value.toString().isBlank()) {
      throw new BadUserRequestException(field + ": 请填写" + label + " is required");
    }
    String text = value.toString().trim();
    if (text.length() > max) {
      throw new BadUserRequestException(field + ": 最多" + max + "字 at most " + max + " characters");
    }
    return text;
  }
}
