package cn.insure.claims.claim.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.BpmnError;

import cn.insure.claims.claim.Claim;
import cn.insure.claims.claim.GreenChannel;
import cn.insure.claims.payment.PaymentGateway;
import cn.insure.claims.system.privacy.PersonalData;

/**
 * The contract of {@code processes/claim/claim-handling.bpmn}: process key, messages and the
 * variable names that forms, delegates and REST callers share.
 */
public final class ClaimHandlingProcess {

  public static final String KEY = "claimHandling";
  public static final String MESSAGE_DOCUMENTS_SUPPLIED = "ClaimDocumentsSupplied";
  public static final String MESSAGE_CLAIM_DISPUTED = "ClaimDisputed";
  /** A running claim is switched to the green channel of a catastrophe declared after it came in. */
  public static final String MESSAGE_GREEN_CHANNEL_DECLARED = "ClaimGreenChannelDeclared";

  /** BPMN error of the payment tasks when the bank refuses the payee: finance corrects the account. */
  public static final String ERROR_PAYMENT_REJECTED = "paymentRejected";

  public static final String VAR_CLAIM_NUMBER = "claimNumber";
  public static final String VAR_DISPUTE_REASON = "disputeReason";
  /** Why the bank refused the payment (set by the error boundary event, shown on the correction form). */
  public static final String VAR_PAYMENT_FAILURE_REASON = "paymentFailureReason";

  /** Task priority of green-channel claims (others 50), as the model's task priorities say. */
  public static final int GREEN_CHANNEL_PRIORITY = 80;

  private ClaimHandlingProcess() {
  }

  /**
   * Runs a payment step of the model ({@code payClaimOnline}, {@code payAdvance},
   * {@code payGreenChannelAdvance}): a payee the bank refuses becomes the BPMN error
   * {@link #ERROR_PAYMENT_REJECTED}, caught by the task's boundary event (finance corrects the
   * account); any other failure stays an exception, retried and in the end an incident.
   */
  static void payOrRaiseRejection(Runnable payment) {
    try {
      payment.run();
    } catch (PaymentGateway.TransferRejectedException e) {
      throw new BpmnError(ERROR_PAYMENT_REJECTED, e.getMessage());
    }
  }

  /**
   * The variables that describe the case in Tasklist: numbers, product, claimant (masked), loss
   * and amounts. Clear ID and phone numbers never become process variables. A green-channel claim
   * whose green channel is not given gets none of its privileges (see {@link #variablesOf(Claim, GreenChannel)}).
   */
  public static Map<String, Object> variablesOf(Claim claim) {
    return variablesOf(claim, null);
  }

  /** The case variables with the claim's green channel ({@code null} when it has none). */
  public static Map<String, Object> variablesOf(Claim claim, GreenChannel greenChannel) {
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
    variables.putAll(greenChannelVariables(greenChannel));
    variables.put("greenChannel", claim.greenChannel());
    variables.put("paysOnline", claim.paysOnline());
    variables.put("disputed", claim.disputedAt() != null);
    variables.put("caseSummary", claim.claimantName() + " · " + claim.productLine() + "/" + claim.claimType() + " · "
        + claim.claimedAmount().toPlainString() + " CNY");
    return variables;
  }

  /**
   * What the green channel changes in the process: fast-track limit of the review routing,
   * straight-through settlement, advance payment. Every claim has these variables, so the
   * gateways that read them never meet an unknown name.
   */
  public static Map<String, Object> greenChannelVariables(GreenChannel greenChannel) {
    Map<String, Object> variables = new HashMap<>();
    boolean green = greenChannel != null;
    variables.put("greenChannel", green);
    variables.put("catastropheEventId", green ? greenChannel.eventId() : "");
    variables.put("fastTrackLimit", green && greenChannel.fastTrack() && greenChannel.fastTrackLimit() != null
        ? greenChannel.fastTrackLimit().doubleValue() : null);
    variables.put("autoSettlementAllowed", green && greenChannel.autoSettlementAllowed());
    variables.put("advancePaymentAllowed", green && greenChannel.advancePaymentAllowed()
        && greenChannel.advancePaymentShare() != null);
    variables.put("advancePaymentShare", green && greenChannel.advancePaymentShare() != null
        ? greenChannel.advancePaymentShare().doubleValue() : 0.0);
    return variables;
  }
}
