package cn.insure.claims.claim.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import cn.insure.claims.claim.Claim;
import cn.insure.claims.claim.ClaimService;
import cn.insure.claims.claim.ClaimSubmission;
import cn.insure.claims.policy.ProductLine;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Task {@code registerClaim}: a claim entered in Tasklist's start form becomes a registered claim
 * (a claim from the API is registered before its process starts and passes through). The clear
 * ID, phone and account numbers of the form are removed from the process at once.
 */
@Component
class RegisterClaimDelegate implements JavaDelegate {

  private static final List<String> CLEAR_PERSONAL_DATA = List.of("claimantIdNumber", "claimantPhone",
      "payeeAccountNumber");

  private final ClaimService claimService;
  private final Validator validator;

  RegisterClaimDelegate(ClaimService claimService, Validator validator) {
    this.claimService = claimService;
    this.validator = validator;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.hasVariable(ClaimHandlingProcess.VAR_CLAIM_NUMBER)) {
      return;
    }
    ClaimSubmission submission = fromStartForm(execution);
    Set<ConstraintViolation<ClaimSubmission>> violations = validator.validate(submission);
    if (!violations.isEmpty()) {
      throw new BadUserRequestException("请更正 Please correct: " + violations.stream()
          .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
    }
    Claim claim;
    try {
      claim = claimService.registerFromTasklist(submission, enteredBy(execution));
    } catch (ErrorResponseException refused) {
      throw new BadUserRequestException(refused.getBody().getDetail());
    }
    CLEAR_PERSONAL_DATA.forEach(execution::removeVariable);
    execution.setProcessBusinessKey(claim.claimNumber());
    execution.setVariables(ClaimHandlingProcess.variablesOf(claim));
  }

  private static ClaimSubmission fromStartForm(DelegateExecution execution) {
    ClaimSubmission.Payee payee = text(execution, "payeeAccountNumber") == null ? null
        : new ClaimSubmission.Payee(text(execution, "payeeAccountName"), text(execution, "payeeBankName"),
            text(execution, "payeeAccountNumber"));
    Object amount = execution.getVariable("claimedAmount");
    return new ClaimSubmission(text(execution, "policyNumber"),
        enumValue(ClaimSubmission.Channel.class, text(execution, "channel")),
        new ClaimSubmission.Claimant(text(execution, "claimantName"), text(execution, "claimantPhone"),
            text(execution, "claimantEmail"), upper(text(execution, "claimantIdNumber"))),
        new ClaimSubmission.Loss(date(text(execution, "lossDate")), text(execution, "lossPlace"),
            text(execution, "regionCode"), enumValue(ClaimSubmission.Peril.class, text(execution, "peril")),
            text(execution, "lossCause"), text(execution, "lossDescription")),
        enumValue(ProductLine.class, text(execution, "productLine")),
        enumValue(ClaimSubmission.ClaimType.class, text(execution, "claimType")),
        amount == null ? null : new BigDecimal(amount.toString()), payee, List.of());
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
    // The check character X of an ID number is often typed in lower case.
    return value == null ? null : value.toUpperCase(java.util.Locale.ROOT);
  }

  private static LocalDate date(String value) {
    // form-js date fields submit yyyy-MM-dd; a date-time value keeps its date part.
    return value == null ? null : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new BadUserRequestException(type.getSimpleName() + " '" + value + "' is not one of "
          + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }
}
