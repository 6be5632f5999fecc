package cn.insure.claims.quality.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.insure.claims.quality.CorrectiveActions;

/**
 * On the start of each {@code correctiveAction} instance: its owner, due date and description become
 * local variables of that instance, read by its tasks.
 */
@Component
class LoadCorrectiveActionListener implements ExecutionListener {

  private final CorrectiveActions actions;

  LoadCorrectiveActionListener(CorrectiveActions actions) {
    this.actions = actions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    CorrectiveActions.Action action = actions.require(
        (String) execution.getVariable(ComplaintCauseAnalysisProcess.VAR_ACTION_ID));
    execution.setVariableLocal("actionDescription", action.description());
    execution.setVariableLocal("actionOwnerGroup", action.ownerGroup());
    execution.setVariableLocal("actionOwnerUser", action.ownerUser());
    execution.setVariableLocal("actionDueAt", Date.from(action.dueAt()));
    execution.setVariableLocal("actionResult", null);
  }
}
