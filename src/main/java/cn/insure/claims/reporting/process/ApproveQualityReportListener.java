package cn.insure.claims.reporting.process;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.insure.claims.reporting.QualityEvaluations;
import cn.insure.claims.system.engine.TaskActors;

/** On completion of {@code approveQualityReport}: APPROVE or REWORK (with a reason); recorded on the kept report. */
@Component
class ApproveQualityReportListener implements TaskListener {

  private final QualityEvaluations evaluations;

  ApproveQualityReportListener(QualityEvaluations evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable(ServiceQualityEvaluationProcess.VAR_DECISION);
    if (!"APPROVE".equals(decision) && !"REWORK".equals(decision)) {
      throw new BadUserRequestException(ServiceQualityEvaluationProcess.VAR_DECISION
          + ": 请选择批准或退回修改 choose APPROVE or REWORK");
    }
    boolean approved = "APPROVE".equals(decision);
    Object comment = task.getVariable(ServiceQualityEvaluationProcess.VAR_APPROVAL_COMMENT);
    String text = comment == null ? "" : comment.toString().trim();
    if (!approved && text.isEmpty()) {
      throw new BadUserRequestException(ServiceQualityEvaluationProcess.VAR_APPROVAL_COMMENT
          + ": 退回时请说明需修改之处 say what to rework");
    }
    if (text.length() > 2000) {
      throw new BadUserRequestException(ServiceQualityEvaluationProcess.VAR_APPROVAL_COMMENT
          + ": 最多2000字 at most 2000 characters");
    }
    evaluations.recordApproval((String) task.getVariable(ServiceQualityEvaluationProcess.VAR_REPORT_ID),
        TaskActors.completerOf(task), approved, text.isEmpty() ? null : text);
  }
}
