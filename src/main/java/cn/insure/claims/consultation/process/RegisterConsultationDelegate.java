package cn.insure.claims.consultation.process;

import static cn.insure.claims.consultation.process.ConsultationHandlingProcess.VAR_CUSTOMER_PHONE;
import static cn.insure.claims.consultation.process.ConsultationHandlingProcess.VAR_QUESTION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.consultation.Consultation;
import cn.insure.claims.consultation.ConsultationService;
import cn.insure.claims.consultation.ConsultationSubmission;
import cn.insure.claims.system.tasklist.StartForms;
import jakarta.validation.Validator;

/**
 * Task {@code registerConsultation}: a consultation taken by phone or at the counter and entered in
 * Tasklist's start form becomes a registered consultation (one from the API is registered before its
 * process starts and passes through). The clear phone number of the form leaves the process at once.
 */
@Component
class RegisterConsultationDelegate implements JavaDelegate {

  private final ConsultationService consultations;
  private final Validator validator;

  RegisterConsultationDelegate(ConsultationService consultations, Validator validator) {
    this.consultations = consultations;
    this.validator = validator;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.hasVariable(ConsultationHandlingProcess.VAR_CONSULTATION_NUMBER)) {
      return;
    }
    ConsultationSubmission submission = new ConsultationSubmission(
        StartForms.enumValue(ConsultationSubmission.Channel.class, StartForms.text(execution, "channel")),
        new ConsultationSubmission.Customer(StartForms.text(execution, "customerName"),
            StartForms.text(execution, "customerPhone")),
        StartForms.upper(StartForms.text(execution, "policyNumber")),
        StartForms.upper(StartForms.text(execution, "claimNumber")),
        StartForms.enumValue(ConsultationSubmission.Topic.class, StartForms.text(execution, "topic")),
        StartForms.text(execution, "question"));
    StartForms.requireValid(validator, submission);
    Consultation consultation = consultations.registerFromTasklist(submission, StartForms.enteredBy(execution));
    execution.removeVariable(VAR_CUSTOMER_PHONE);
    execution.removeVariable(VAR_QUESTION);
    execution.setProcessBusinessKey(consultation.consultationNumber());
    execution.setVariables(ConsultationHandlingProcess.variablesOf(consultation));
  }
}
