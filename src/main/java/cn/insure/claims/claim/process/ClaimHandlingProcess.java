package cn.insure.claims.claim.process;

import java.util.HashMap;
import java.util.Map;

import cn.insure.claims.claim.Claim;
import cn.insure.claims.system.privacy.PersonalData;

/**
 * The contract of {@code processes/claim/claim-handling.bpmn}: process key, messages and the
 * variable names that forms, delegates and REST callers share.
 */
public final class ClaimHandlingProcess {

  public static final String KEY = "claimHandling";
  public static final String MESSAGE_DOCUMENTS_SUPPLIED = "ClaimDocumentsSupplied";
  public static final String MESSAGE_CLAIM_DISPUTED = "ClaimDisputed";

  /** BPMN error of {@code payClaimOnline} when the bank refuses the payee: finance corrects the account. */
  public static final String ERROR_PAYMENT_REJECTED = "paymentRejected";

  public static final String VAR_CLAIM_NUMBER = "claimNumber";
  public static final String VAR_DISPUTE_REASON = "disputeReason";
  /** Why the bank refused the payment (set by the error boundary event, shown on the correction form). */
  public static final String VAR_PAYMENT_FAILURE_REASON = "paymentFailureReason";

  private ClaimHandlingProcess() {
  }

  /**
   * The variables that describe the case in Tasklist: numbers, product, claimant (masked), loss
   * and amounts. Clear ID and phone numbers never become process variables.
   */
  public static Map<String, Object> variablesOf(Claim claim) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_CLAIM_NUMBER, claim.claimNumber());
    variables.put("policyNumber", claim.policyNumber());
    variables.put("productLine", claim.productLine());
    variables.put("claimType", claim.claimType());
    variables.put("channel", claim.channel());
    variables.put("claimantName", claim.claimantName());
    variables.put("claimantIdNumberMasked", PersonalData.maskIdNumber(claim.claimantIdNumber()));
    variables.put("claimantPhoneMasked", PersonalData.maskPhone(claim.claimantPhone()));
    variables.put("lossDate", claim.lossDate().toString());
    variables.put("lossPlace", claim.lossPlace());
    variables.put("regionCode", claim.regionCode());
    variables.put("peril", claim.peril());
    variables.put("lossCause", claim.lossCause());
    variables.put("claimedAmount", claim.claimedAmount().doubleValue());
    variables.put("coverageWarning", claim.coverageWarning() == null ? "" : claim.coverageWarning());
    variables.put("greenChannel", claim.greenChannel());
    variables.put("paysOnline", claim.paysOnline());
    variables.put("disputed", claim.disputedAt() != null);
    variables.put("caseSummary", claim.claimantName() + " · " + claim.productLine() + "/" + claim.claimType() + " · "
        + claim.claimedAmount().toPlainString() + " CNY");
    return variables;
  }
}
