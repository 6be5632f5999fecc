package cn.insure.claims.consultation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.consultation.ConsultationService;

/** Task {@code sendConsultationAnswer}: records the answer and sends it to the customer through the outbox. */
@Component
class SendConsultationAnswerDelegate implements JavaDelegate {

  private final ConsultationService consultations;

  SendConsultationAnswerDelegate(ConsultationService consultations) {
    this.consultations = consultations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    consultations.answer((String) execution.getVariable(ConsultationHandlingProcess.VAR_CONSULTATION_NUMBER),
        (String) execution.getVariable(ConsultationHandlingProcess.VAR_ANSWER),
        (String) execution.getVariable(ConsultationHandlingProcess.VAR_ANSWERED_BY));
  }
}
