package cn.insure.claims.complaint.process;

import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_COMPLAINANT_COUNT;
import static cn.insure.claims.system.tasklist.StartForms.enteredBy;
import static cn.insure.claims.system.tasklist.StartForms.enumValue;
import static cn.insure.claims.system.tasklist.StartForms.text;
import static cn.insure.claims.system.tasklist.StartForms.upper;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import cn.insure.claims.complaint.Complaint;
import cn.insure.claims.complaint.ComplaintService;
import cn.insure.claims.complaint.ComplaintSubmission;
import cn.insure.claims.system.tasklist.StartForms;
import jakarta.validation.Validator;

/**
 * Task {@code registerComplaint}: a complaint taken by phone, on site or from an e-mail and entered
 * in Tasklist's start form becomes a registered complaint (one from the API is registered before its
 * process starts and passes through). The clear phone number and e-mail address of the form are
 * removed from the process at once.
 */
@Component
class RegisterComplaintDelegate implements JavaDelegate {

  private static final List<String> CLEAR_PERSONAL_DATA = List.of("complainantPhone", "complainantEmail");

  private final ComplaintService complaintService;
  private final Validator validator;

  RegisterComplaintDelegate(ComplaintService complaintService, Validator validator) {
    this.complaintService = complaintService;
    this.validator = validator;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.hasVariable(ComplaintHandlingProcess.VAR_COMPLAINT_NUMBER)) {
      return;
    }
    ComplaintSubmission submission = fromStartForm(execution);
    StartForms.requireValid(validator, submission);
    Complaint complaint;
    try {
      complaint = complaintService.registerFromTasklist(submission, enteredBy(execution));
    } catch (ErrorResponseException refused) {
      throw new BadUserRequestException(refused.getBody().getDetail());
    }
    CLEAR_PERSONAL_DATA.forEach(execution::removeVariable);
    execution.setProcessBusinessKey(complaint.complaintNumber());
    execution.setVariables(ComplaintHandlingProcess.variablesOf(complaint));
  }

  private static ComplaintSubmission fromStartForm(DelegateExecution execution) {
    Object count = execution.getVariable(VAR_COMPLAINANT_COUNT);
    return new ComplaintSubmission(enumValue(ComplaintSubmission.Channel.class, text(execution, "channel")),
        new ComplaintSubmission.Complainant(text(execution, "complainantName"), text(execution, "complainantPhone"),
            text(execution, "complainantEmail")),
        upper(text(execution, "policyNumber")), upper(text(execution, "claimNumber")),
        enumValue(ComplaintSubmission.Category.class, text(execution, "category")), text(execution, "subject"),
        text(execution, "description"), text(execution, "requestedOutcome"),
        count instanceof Number number ? Integer.valueOf(number.intValue())
            : count == null || count.toString().isBlank() ? null : Integer.valueOf(count.toString().trim()));
  }




}
