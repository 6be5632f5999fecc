package cn.insure.claims.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.reporting.QualityEvaluations;

/** {@code openQualityEvaluation}: the evaluation looks at the last complete quarter. */
@Component
class OpenQualityEvaluationDelegate implements JavaDelegate {

  private final QualityEvaluations evaluations;

  OpenQualityEvaluationDelegate(QualityEvaluations evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(ServiceQualityEvaluationProcess.VAR_PERIOD, evaluations.quarterToEvaluate());
  }
}
