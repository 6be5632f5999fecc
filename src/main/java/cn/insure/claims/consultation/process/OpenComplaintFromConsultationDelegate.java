package cn.insure.claims.consultation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.consultation.ConsultationService;

/** Task {@code openComplaintFromConsultation}: a consultation that is really a complaint becomes one; the link is kept. */
@Component
class OpenComplaintFromConsultationDelegate implements JavaDelegate {

  private final ConsultationService consultations;

  OpenComplaintFromConsultationDelegate(ConsultationService consultations) {
    this.consultations = consultations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintNumber = consultations.turnIntoComplaint(
        (String) execution.getVariable(ConsultationHandlingProcess.VAR_CONSULTATION_NUMBER),
        (String) execution.getVariable(ConsultationHandlingProcess.VAR_ANSWER),
        (String) execution.getVariable(ConsultationHandlingProcess.VAR_ANSWERED_BY));
    execution.setVariable(ConsultationHandlingProcess.VAR_LINKED_COMPLAINT_NUMBER, complaintNumber);
  }
}
