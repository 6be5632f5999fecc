package cn.insure.claims.reporting.process;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.insure.claims.reporting.QualityEvaluations;

/** On completion of {@code analyseEvaluation}: findings required, each improvement action line readable; findings kept. */
@Component
class AnalyseEvaluationListener implements TaskListener {

  private final QualityEvaluations evaluations;

  AnalyseEvaluationListener(QualityEvaluations evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void notify(DelegateTask task) {
    String findings = EvaluationFields.requiredText(task, ServiceQualityEvaluationProcess.VAR_FINDINGS, "评价结论 the findings",
        4000);
    Object actions = task.getVariable(ServiceQualityEvaluationProcess.VAR_ACTIONS);
    try {
      QualityEvaluations.parseActions(actions == null ? null : actions.toString());
    } catch (IllegalArgumentException e) {
      throw new BadUserRequestException(ServiceQualityEvaluationProcess.VAR_ACTIONS + ": " + e.getMessage());
    }
    evaluations.recordFindings((String) task.getVariable(ServiceQualityEvaluationProcess.VAR_REPORT_ID), findings);
  }
}
