package cn.insure.claims.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completion of {@code planEvaluation}: scope and targets are required. */
@Component
class PlanEvaluationListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    EvaluationFields.requiredText(task, ServiceQualityEvaluationProcess.VAR_SCOPE, "评价范围 the scope", 2000);
    EvaluationFields.requiredText(task, ServiceQualityEvaluationProcess.VAR_TARGETS, "评价目标 the targets", 2000);
  }
}
