package cn.insure.claims.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.insure.claims.reporting.QualityEvaluations;
import cn.insure.claims.system.engine.TaskActors;

/** On completion of {@code carryOutImprovement}: what was done is required and recorded on the action. */
@Component
class CarryOutImprovementListener implements TaskListener {

  private final QualityEvaluations evaluations;

  CarryOutImprovementListener(QualityEvaluations evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void notify(DelegateTask task) {
    String result = EvaluationFields.requiredText(task, ServiceQualityEvaluationProcess.VAR_RESULT, "整改结果 what was done",
        2000);
    evaluations.recordActionDone((String) task.getVariable(ServiceQualityEvaluationProcess.VAR_ACTION_ID),
        TaskActors.completerOf(task), result);
  }
}
