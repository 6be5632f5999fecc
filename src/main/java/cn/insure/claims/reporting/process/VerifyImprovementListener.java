package cn.insure.claims.reporting.process;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.insure.claims.reporting.QualityEvaluations;
import cn.insure.claims.system.engine.TaskActors;

/** On completion of {@code verifyImprovement}: effective or not, with a comment; recorded on every action. */
@Component
class VerifyImprovementListener implements TaskListener {

  private final QualityEvaluations evaluations;

  VerifyImprovementListener(QualityEvaluations evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void notify(DelegateTask task) {
    Object effective = task.getVariable(ServiceQualityEvaluationProcess.VAR_EFFECTIVE);
    if (!(effective instanceof Boolean)) {
      throw new BadUserRequestException(ServiceQualityEvaluationProcess.VAR_EFFECTIVE
          + ": 请确认整改是否有效 say whether the improvement worked");
    }
    EvaluationFields.requiredText(task, ServiceQualityEvaluationProcess.VAR_VERIFICATION_COMMENT, "验证意见 the verification",
        2000);
    evaluations.recordVerification((List<String>) task.getVariable(ServiceQualityEvaluationProcess.VAR_ACTION_IDS),
        TaskActors.completerOf(task), (Boolean) effective);
  }
}
