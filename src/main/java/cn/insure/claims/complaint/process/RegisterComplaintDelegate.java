package cn.insure.claims.complaint.process;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import cn.insure.claims.complaint.Complaint;
import cn.insure.claims.complaint.ComplaintService;
import cn.insure.claims.complaint.ComplaintSubmission;
import jakarta.validation.ConstraintViolation;
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
    Set<ConstraintViolation<ComplaintSubmission>> violations = validator.validate(submission);
    if (!violations.isEmpty()) {
      throw new BadUserRequestException("请更正 Please correct: " + violations.stream()
          .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
    }
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
    Object count = execution.getVariable("complainantCount");
    return new ComplaintSubmission(enumValue(ComplaintSubmission.Channel.class, text(execution, "channel")),
        new ComplaintSubmission.Complainant(text(execution, "complainantName"), text(execution, "complainantPhone"),
            text(execution, "complainantEmail")),
        upper(text(execution, "policyNumber")), upper(text(execution, "claimNumber")),
        enumValue(ComplaintSubmission.Category.class, text(execution, "category")), text(execution, "subject"),
        text(execution, "description"), text(execution, "requestedOutcome"),
        count instanceof Number number ? Integer.valueOf(number.intValue())
            : count == null || count.toString().isBlank() ? null : Integer.valueOf(count.toString().trim()));
  }

  private static String enteredBy(DelegateExecution execution) {
    var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? "tasklist" : authentication.getUserId();
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  private static String upper(String value) {
    // Case numbers read out on the phone are often typed in lower case.
    return value == null ? null : value.toUpperCase(Locale.ROOT);
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new BadUserRequestException(type.getSimpleName() + " '" + value + "' is not one of "
          + Arrays.toString(type.getEnumConstants()));
    }
  }
}
