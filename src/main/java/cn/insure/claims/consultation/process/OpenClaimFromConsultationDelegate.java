package cn.insure.claims.consultation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.consultation.ConsultationService;

/**
 * Task {@code openClaimFromConsultation}: the loss report customer service took becomes a claim
 * (the claim process sends the customer the list of documents to provide); the link is kept, and
 * the clear ID number leaves the process.
 */
@Component
class OpenClaimFromConsultationDelegate implements JavaDelegate {

  private final ConsultationService consultations;

  OpenClaimFromConsultationDelegate(ConsultationService consultations) {
    this.consultations = consultations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ConsultationService.LossReport loss = LossReportFields.of(execution);
    String claimNumber = consultations.turnIntoClaim(
        (String) execution.getVariable(ConsultationHandlingProcess.VAR_CONSULTATION_NUMBER), loss,
        (String) execution.getVariable(ConsultationHandlingProcess.VAR_ANSWERED_BY));
    execution.removeVariable(ConsultationHandlingProcess.VAR_CLAIMANT_ID_NUMBER);
    execution.setVariable(ConsultationHandlingProcess.VAR_LINKED_CLAIM_NUMBER, claimNumber);
  }
}
