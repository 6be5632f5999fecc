package cn.insure.claims.claim.process;

import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_CLAIMED_AMOUNT;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_CLAIM_NUMBER;
import static cn.insure.claims.system.tasklist.StartForms.enteredBy;
import static cn.insure.claims.system.tasklist.StartForms.enumValue;
import static cn.insure.claims.system.tasklist.StartForms.text;
import static cn.insure.claims.system.tasklist.StartForms.upper;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import cn.insure.claims.claim.Claim;
import cn.insure.claims.claim.ClaimService;
import cn.insure.claims.claim.ClaimSubmission;
import cn.insure.claims.policy.ProductLine;
import cn.insure.claims.system.engine.EngineAmounts;
import cn.insure.claims.system.tasklist.StartForms;
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
    if (execution.hasVariable(VAR_CLAIM_NUMBER)) {
      return;
    }
    ClaimSubmission submission = fromStartForm(execution);
    StartForms.requireValid(validator, submission, Map.of("loss.regionCode", "regionCode", "loss.peril", "peril"));
    Claim claim;
    try {
      claim = claimService.registerFromTasklist(submission, enteredBy(execution));
    } catch (ErrorResponseException refused) {
      throw new BadUserRequestException(refused.getBody().getDetail());
    }
    CLEAR_PERSONAL_DATA.forEach(execution::removeVariable);
    execution.setProcessBusinessKey(claim.claimNumber());
    execution.setVariables(ClaimHandlingProcess.variablesOf(claim,
        claimService.greenChannel(claim.claimNumber()).orElse(null)));
    // The start form already made the case details variables: they take the record's (normalised) values now.
    execution.setVariables(ClaimHandlingProcess.caseDetailsOf(claim));
  }

  private static ClaimSubmission fromStartForm(DelegateExecution execution) {
    ClaimSubmission.Payee payee = text(execution, "payeeAccountNumber") == null ? null
        : new ClaimSubmission.Payee(text(execution, "payeeAccountName"), text(execution, "payeeBankName"),
            text(execution, "payeeAccountNumber"));
    Object amount = execution.getVariable(VAR_CLAIMED_AMOUNT);
    return new ClaimSubmission(text(execution, "policyNumber"),
        enumValue(ClaimSubmission.Channel.class, text(execution, "channel")),
        new ClaimSubmission.Claimant(text(execution, "claimantName"), text(execution, "claimantPhone"),
            text(execution, "claimantEmail"), upper(text(execution, "claimantIdNumber"))),
        new ClaimSubmission.Loss(date(text(execution, "lossDate")), text(execution, "lossPlace"),
            text(execution, "regionCode"), enumValue(ClaimSubmission.Peril.class, text(execution, "peril")),
            text(execution, "lossCause"), text(execution, "lossDescription")),
        enumValue(ProductLine.class, text(execution, "productLine")),
        enumValue(ClaimSubmission.ClaimType.class, text(execution, "claimType")),
        EngineAmounts.of(amount), payee, List.of());
  }




  private static LocalDate date(String value) {
    // form-js date fields submit yyyy-MM-dd; a date-time value keeps its date part.
    return value == null ? null : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
  }

}
