package cn.insure.claims.quality.process;

import static cn.insure.claims.quality.process.ComplaintCauseAnalysisProcess.VAR_ACTION_DESCRIPTION;
import static cn.insure.claims.quality.process.ComplaintCauseAnalysisProcess.VAR_ACTION_DUE_AT;
import static cn.insure.claims.quality.process.ComplaintCauseAnalysisProcess.VAR_ACTION_OWNER_GROUP;
import static cn.insure.claims.quality.process.ComplaintCauseAnalysisProcess.VAR_ACTION_OWNER_USER;
import static cn.insure.claims.quality.process.ComplaintCauseAnalysisProcess.VAR_ACTION_RESULT;

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
    execution.setVariableLocal(VAR_ACTION_DESCRIPTION, action.description());
    execution.setVariableLocal(VAR_ACTION_OWNER_GROUP, action.ownerGroup());
    execution.setVariableLocal(VAR_ACTION_OWNER_USER, action.ownerUser());
    execution.setVariableLocal(VAR_ACTION_DUE_AT, Date.from(action.dueAt()));
    execution.setVariableLocal(VAR_ACTION_RESULT, null);
  }
}
