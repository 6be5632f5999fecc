package cn.insure.claims.claim.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.BpmnError;

import cn.insure.claims.system.engine.EngineAmounts;
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

  // The other variables the Java code of this process reads or writes (ClaimProcessVariablesTest checks that
  // each one is a name the models or forms use, so that renaming one there breaks the build).
  public static final String VAR_ADVANCE_AMOUNT = "advanceAmount";
  public static final String VAR_ADVANCE_PAYMENT_ALLOWED = "advancePaymentAllowed";
  public static final String VAR_ADVANCE_PAYMENT_APPROVED = "advancePaymentApproved";
  public static final String VAR_ADVANCE_PAYMENT_AT = "advancePaymentAt";
  public static final String VAR_ADVANCE_PAYMENT_SHARE = "advancePaymentShare";
  public static final String VAR_APPROVAL_COMMENT = "approvalComment";
  public static final String VAR_APPROVED_AMOUNT = "approvedAmount";
  public static final String VAR_ASSESSED_AMOUNT = "assessedAmount";
  public static final String VAR_AUTO_SETTLEMENT_ALLOWED = "autoSettlementAllowed";
  public static final String VAR_CASE_SUMMARY = "caseSummary";
  public static final String VAR_CATASTROPHE_EVENT_ID = "catastropheEventId";
  public static final String VAR_CHANNEL = "channel";
  public static final String VAR_CLAIM_DECISION = "claimDecision";
  public static final String VAR_CLAIM_TYPE = "claimType";
  public static final String VAR_CLAIMANT_ID_NUMBER_MASKED = "claimantIdNumberMasked";
  public static final String VAR_CLAIMANT_NAME = "claimantName";
  public static final String VAR_CLAIMANT_PHONE_MASKED = "claimantPhoneMasked";
  public static final String VAR_CLAIMED_AMOUNT = "claimedAmount";
  public static final String VAR_COVERAGE_WARNING = "coverageWarning";
  public static final String VAR_DECISION_REASON = "decisionReason";
  public static final String VAR_DETERMINATION_AT_RISK = "determinationAtRisk";
  public static final String VAR_DETERMINATION_BREACHED = "determinationBreached";
  public static final String VAR_DETERMINATION_DUE_AT = "determinationDueAt";
  public static final String VAR_DETERMINATION_DUE_TEXT = "determinationDueText";
  public static final String VAR_DETERMINATION_WARNING_AT = "determinationWarningAt";
  public static final String VAR_DISPUTED = "disputed";
  public static final String VAR_DOCUMENTS_COMPLETE = "documentsComplete";
  public static final String VAR_DOCUMENTS_DUE_AT = "documentsDueAt";
  public static final String VAR_DOCUMENTS_MISSING = "documentsMissing";
  public static final String VAR_DOCUMENTS_RECEIVED = "documentsReceived";
  public static final String VAR_FAST_TRACK_LIMIT = "fastTrackLimit";
  public static final String VAR_FIRST_REVIEWER = "firstReviewer";
  public static final String VAR_FRAUD_SUSPECTED = "fraudSuspected";
  public static final String VAR_GREEN_CHANNEL = "greenChannel";
  public static final String VAR_LIABILITY = "liability";
  public static final String VAR_LOSS_CAUSE = "lossCause";
  public static final String VAR_LOSS_DATE = "lossDate";
  public static final String VAR_LOSS_PLACE = "lossPlace";
  public static final String VAR_PAID_AT = "paidAt";
  public static final String VAR_PANEL_OPINION = "panelOpinion";
  public static final String VAR_PAYMENT_DUE_TEXT = "paymentDueText";
  public static final String VAR_PAYS_ONLINE = "paysOnline";
  public static final String VAR_PERIL = "peril";
  public static final String VAR_POLICY_NUMBER = "policyNumber";
  public static final String VAR_PRODUCT_LINE = "productLine";
  public static final String VAR_RECEIPT_NUMBER = "receiptNumber";
  public static final String VAR_RECEIVED_BY = "receivedBy";
  public static final String VAR_RECONSIDERATION_DECISION = "reconsiderationDecision";
  public static final String VAR_REGION_CODE = "regionCode";
  public static final String VAR_REQUIRED_DOCUMENTS = "requiredDocuments";
  public static final String VAR_REVIEW_COMMENT = "reviewComment";
  public static final String VAR_REVIEW_HISTORY = "reviewHistory";
  public static final String VAR_SECOND_REVIEW_AGREES = "secondReviewAgrees";
  public static final String VAR_SPOT_CHECK_DRAWN = "spotCheckDrawn";
  public static final String VAR_SPOT_CHECK_FINDINGS = "spotCheckFindings";

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
   * What the process itself reads from the start: its gateways, rules, timers' and tasks' names
   * (number, product, claim type, channel, amount, coverage warning, payment method, dispute) with
   * the claim's green channel ({@code null} when it has none: then none of its privileges). The
   * case details a person reads are {@link #caseDetailsOf(Claim)}, put on the claim when its first
   * task is created (most claims of a surge wait for documents first, many are settled straight
   * through and never reach a person).
   */
  public static Map<String, Object> variablesOf(Claim claim, GreenChannel greenChannel) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_CLAIM_NUMBER, claim.claimNumber());
    variables.put(VAR_PRODUCT_LINE, claim.productLine());
    variables.put(VAR_CLAIM_TYPE, claim.claimType());
    variables.put(VAR_CHANNEL, claim.channel());
    variables.put(VAR_CLAIMED_AMOUNT, EngineAmounts.variable(claim.claimedAmount()));
    variables.put(VAR_COVERAGE_WARNING, claim.coverageWarning() == null ? "" : claim.coverageWarning());
    variables.putAll(greenChannelVariables(greenChannel));
    variables.put(VAR_GREEN_CHANNEL, claim.greenChannel());
    variables.put(VAR_PAYS_ONLINE, claim.paysOnline());
    variables.put(VAR_DISPUTED, claim.disputedAt() != null);
    return variables;
  }

  /**
   * The case details the forms and Tasklist's list show: policy, claimant (ID and phone masked;
   * clear ones never become process variables), loss and a one-line summary, from the claim's
   * record.
   */
  public static Map<String, Object> caseDetailsOf(Claim claim) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_POLICY_NUMBER, claim.policyNumber());
    variables.put(VAR_CLAIMANT_NAME, claim.claimantName());
    variables.put(VAR_CLAIMANT_ID_NUMBER_MASKED, PersonalData.maskIdNumber(claim.claimantIdNumber()));
    variables.put(VAR_CLAIMANT_PHONE_MASKED, PersonalData.maskPhone(claim.claimantPhone()));
    variables.put(VAR_LOSS_DATE, claim.lossDate().toString());
    variables.put(VAR_LOSS_PLACE, claim.lossPlace());
    variables.put(VAR_REGION_CODE, claim.regionCode());
    variables.put(VAR_PERIL, claim.peril());
    variables.put(VAR_LOSS_CAUSE, claim.lossCause());
    variables.put(VAR_CASE_SUMMARY, claim.claimantName() + " · " + claim.productLine() + "/" + claim.claimType()
        + " · " + claim.claimedAmount().toPlainString() + " CNY");
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
    variables.put(VAR_GREEN_CHANNEL, green);
    variables.put(VAR_CATASTROPHE_EVENT_ID, green ? greenChannel.eventId() : "");
    variables.put(VAR_FAST_TRACK_LIMIT, green && greenChannel.fastTrack() && greenChannel.fastTrackLimit() != null
        ? EngineAmounts.variable(greenChannel.fastTrackLimit()) : null);
    variables.put(VAR_AUTO_SETTLEMENT_ALLOWED, green && greenChannel.autoSettlementAllowed());
    variables.put(VAR_ADVANCE_PAYMENT_ALLOWED, green && greenChannel.advancePaymentAllowed()
        && greenChannel.advancePaymentShare() != null);
    // Read only on the way to the advance (advancePaymentAllowed): without one, null (no JSON to store, three times).
    variables.put(VAR_ADVANCE_PAYMENT_SHARE, EngineAmounts.share(green && greenChannel.advancePaymentShare() != null
        ? greenChannel.advancePaymentShare() : null));
    return variables;
  }
}
