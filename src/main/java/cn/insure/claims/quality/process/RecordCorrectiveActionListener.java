package cn.insure.claims.quality.process;

import static cn.insure.claims.quality.process.ComplaintCauseAnalysisProcess.VAR_ACTION_EFFECTIVE;
import static cn.insure.claims.quality.process.ComplaintCauseAnalysisProcess.VAR_ACTION_RESULT;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.insure.claims.quality.CorrectiveActions;

/**
 * On completion of {@code carryOutCorrectiveAction} (the result is required) and of
 * {@code verifyCorrectiveAction} (whether the action worked is required). Values stay local to the
 * action's instance, so parallel actions do not overwrite each other.
 */
@Component
class RecordCorrectiveActionListener implements TaskListener {

  private final CorrectiveActions actions;

  RecordCorrectiveActionListener(CorrectiveActions actions) {
    this.actions = actions;
  }

  @Override
  public void notify(DelegateTask task) {
    String id = (String) task.getVariable(ComplaintCauseAnalysisProcess.VAR_ACTION_ID);
    String by = SpotCheckRectificationProcess.actor(task);
    if (ComplaintCauseAnalysisProcess.CARRY_OUT.equals(task.getTaskDefinitionKey())) {
      String result = SpotCheckRectificationProcess.requiredText(task, "actionResult",
          "请写明措施落实情况 Say what was done");
      actions.recordDone(id, result, by);
      task.getExecution().setVariableLocal(VAR_ACTION_RESULT, result);
      return;
    }
    if (!(task.getVariable(VAR_ACTION_EFFECTIVE) instanceof Boolean effective)) {
      throw new BadUserRequestException("actionEffective: 请选择措施是否有效 true or false is required");
    }
    actions.recordVerified(id, effective, by);
  }
}
