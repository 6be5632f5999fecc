package cn.insure.claims.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.reporting.QualityEvaluations;

/** {@code compileQualityReport}: compiles the quarter's service-quality report, keeps it and attaches its id and summary. */
@Component
class CompileQualityReportDelegate implements JavaDelegate {

  private final QualityEvaluations evaluations;

  CompileQualityReportDelegate(QualityEvaluations evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reportId = evaluations.compileAndKeep((String) execution.getVariable(ServiceQualityEvaluationProcess.VAR_PERIOD),
        execution.getProcessInstanceId(), (String) execution.getVariable(ServiceQualityEvaluationProcess.VAR_SCOPE),
        (String) execution.getVariable(ServiceQualityEvaluationProcess.VAR_TARGETS));
    execution.setVariable(ServiceQualityEvaluationProcess.VAR_REPORT_ID, reportId);
    execution.setVariable(ServiceQualityEvaluationProcess.VAR_REPORT_SUMMARY, evaluations.summary(reportId));
  }
}
