package cn.insure.claims.consultation.process;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completion of {@code answerAdvisorConsultation}: the advisor's answer is required and replaces the hand-over note. */
@Component
class RecordAdvisorAnswerListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String answer = ConsultationHandlingProcess.text(task, "advisorAnswer");
    if (answer == null || answer.length() > 4000) {
      throw new BadUserRequestException("advisorAnswer: 请填写答复内容（不超过4000字） Write the answer the customer "
          + "receives (at most 4000 characters)");
    }
    task.setVariable(ConsultationHandlingProcess.VAR_ANSWER, answer);
    task.setVariable(ConsultationHandlingProcess.VAR_ANSWERED_BY, ConsultationHandlingProcess.actor(task));
  }
}
