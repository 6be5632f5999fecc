package cn.insure.claims.consultation.process;

import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.insure.claims.consultation.ConsultationService;
import cn.insure.claims.system.engine.EngineAmounts;

/**
 * On completion of {@code answerConsultation}: the first response. Checks what customer service
 * decided (answer it, hand it to an advisor, take it up as a loss report or as a complaint) and that
 * the fields that decision needs are filled; a loss report is checked as the claims API checks a claim.
 */
@Component
class RecordConsultationAnswerListener implements TaskListener {

  static final Set<String> RESOLUTIONS = Set.of("ANSWERED", "ADVISOR", "LOSS_REPORT", "COMPLAINT");

  private final ConsultationService consultations;

  RecordConsultationAnswerListener(ConsultationService consultations) {
    this.consultations = consultations;
  }

  @Override
  public void notify(DelegateTask task) {
    String consultationNumber = (String) task.getVariable(ConsultationHandlingProcess.VAR_CONSULTATION_NUMBER);
    String resolution = ConsultationHandlingProcess.text(task, ConsultationHandlingProcess.VAR_RESOLUTION);
    if (resolution == null || !RESOLUTIONS.contains(resolution)) {
      throw new BadUserRequestException("resolution: 请选择处理方式 Choose how the consultation is handled: one of "
          + RESOLUTIONS);
    }
    String answer = ConsultationHandlingProcess.text(task, ConsultationHandlingProcess.VAR_ANSWER);
    if (answer != null && answer.length() > 4000) {
      throw new BadUserRequestException("answer: 答复不超过4000字 At most 4000 characters");
    }
    if (("ANSWERED".equals(resolution) || "ADVISOR".equals(resolution)) && answer == null) {
      throw new BadUserRequestException("answer: " + ("ANSWERED".equals(resolution)
          ? "请填写答复内容 Write the answer the customer receives"
          : "请写明需保险顾问解答的问题 Say what the advisor should answer"));
    }
    if ("LOSS_REPORT".equals(resolution)) {
      ConsultationService.LossReport loss = LossReportFields.of(task);
      try {
        consultations.claimSubmissionOf(consultationNumber, loss);
      } catch (IllegalArgumentException refused) {
        throw new BadUserRequestException("请更正报案信息 Please correct the loss report: " + refused.getMessage());
      }
      // The form sent a JSON number: the engine keeps the amount as a decimal, like every amount.
      task.setVariable(ConsultationHandlingProcess.VAR_CLAIMED_AMOUNT, EngineAmounts.variable(loss.claimedAmount()));
    }
    String actor = ConsultationHandlingProcess.actor(task);
    consultations.recordFirstResponse(consultationNumber, actor);
    if ("ADVISOR".equals(resolution)) {
      consultations.handToAdvisor(consultationNumber);
    }
    task.setVariable(ConsultationHandlingProcess.VAR_ANSWERED_BY, actor);
  }
}
