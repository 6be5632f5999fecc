package cn.insure.claims.system.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Who acts on a task. The person recorded for a decision is the authenticated user who completed
 * the task — never the assignee field, which anybody with the right to claim could have set to a
 * colleague. Without an authenticated user (the application's own steps, tests of the model) the
 * assignee stands in, else {@value #SYSTEM}.
 */
public final class TaskActors {

  public static final String SYSTEM = "system";

  private TaskActors() {
  }

  /** The person completing (or otherwise acting on) the task now. */
  public static String completerOf(DelegateTask task) {
    CommandContext context = Context.getCommandContext();
    String authenticated = context == null ? null : context.getAuthenticatedUserId();
    if (authenticated != null) {
      return authenticated;
    }
    return task.getAssignee() != null ? task.getAssignee() : SYSTEM;
  }
}
