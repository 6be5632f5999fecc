package cn.insure.claims.claim;

import static cn.insure.claims.claim.ClaimNotices.bulletList;
import static cn.insure.claims.claim.ClaimNotices.day;
import static cn.insure.claims.claim.ClaimNotices.names;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import cn.insure.claims.system.privacy.PersonalData;

/**
 * The business steps of the claims process, one method per step — intake, documents, clocks, reviews,
 * the decision, its letters, reconsideration and archiving. Called by the delegates in
 * {@code claim.process}; each writes the claim's records in the engine's transaction. The payment
 * steps are {@link ClaimPaymentSteps}; every notice goes through {@link ClaimNotices}.
 *
 * <p>Over 250 lines because each step of the process is one short method, and the steps share the
 * claim's record, timeline and refusals; payments and notices already live apart. Split it by stage
 * (reviews, reconsideration) when a step grows.
 */
@Service
public class ClaimWorkflow {

  /** Decision stage of a claim settled without a human review. */
  public static final String STRAIGHT_THROUGH = "STRAIGHT_THROUGH";

  /** Dates the process sets its statutory timers to, once documents are complete. */
  public record DeterminationClock(Instant warningAt, Instant dueAt, Instant advancePaymentAt) {
  }

  private final ClaimRepository claims;
  private final ClaimDocuments documents;
  private final ClaimArchive archive;
  private final ClaimNotices notices;
  private final ClaimPaymentSteps paymentSteps;
  private final ClaimClocks clocks;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  ClaimWorkflow(ClaimRepository claims, ClaimDocuments documents, ClaimArchive archive, ClaimNotices notices,
      ClaimPaymentSteps paymentSteps, ClaimClocks clocks, Clock clock, ApplicationEventPublisher events) {
    this.claims = claims;
    this.documents = documents;
    this.archive = archive;
    this.notices = notices;
    this.paymentSteps = paymentSteps;
    this.clocks = clocks;
    this.clock = clock;
    this.events = events;
  }

  public Claim claim(String claimNumber) {
    return claims.require(claimNumber);
  }

  public void sendReceivedNotice(String claimNumber) {
    Claim claim = claim(claimNumber);
    notices.notify(claim, "CLAIM_RECEIVED", "claim/claim-received", Map.of("receivedDate", day(claim.createdAt())));
  }

  /** Compares the checklist with the documents received; records and returns what is missing. */
  public List<String> checkDocuments(String claimNumber, List<String> required) {
    List<String> missing = documents.missing(claimNumber, required);
    Instant now = clock.instant();
    claims.recordChecklist(claimNumber, missing);
    claims.addEvent(claimNumber, now, "DOCUMENTS_CHECKED", missing.isEmpty()
        ? "资料齐全 All required documents received"
        : "缺少资料 Missing documents: " + names(missing), null);
    return missing;
  }

  /**
   * A claim switched to the green channel while it waits for documents: what it still misses is
   * now judged by the reduced checklist. Returns what is missing; a claim past the document stage
   * keeps its record as it is.
   */
  public List<String> applyReducedChecklist(String claimNumber, List<String> required) {
    Claim claim = claim(claimNumber);
    if (claim.status() != ClaimStatus.AWAITING_DOCUMENTS) {
      return documents.stillMissing(claim);
    }
    List<String> missing = documents.missing(claimNumber, required);
    claims.recordMissingDocuments(claimNumber, missing);
    claims.addEvent(claimNumber, clock.instant(), "DOCUMENTS_CHECKED", missing.isEmpty()
        ? "绿色通道简化资料：资料已齐全 Green-channel checklist: all required documents received"
        : "绿色通道简化资料，仍缺：" + names(missing) + " Green-channel checklist, still missing", null);
    return missing;
  }

  /** The one consolidated request (一次性告知, Insurance Law art. 22). Refuses to run a second time. */
  public Instant requestMissingDocuments(String claimNumber) {
    Claim claim = claim(claimNumber);
    if (claim.documentsRequestedAt() != null) {
      throw new IllegalStateException("Missing documents of " + claimNumber + " were already requested on "
          + claim.documentsRequestedAt() + "; the law allows one request only");
    }
    Instant now = clock.instant();
    Instant due = clocks.documentsDueAt(now);
    claims.markDocumentsRequested(claimNumber, now);
    notices.notify(claim, "MISSING_DOCUMENTS", "claim/missing-documents", Map.of("missingDocuments",
        bulletList(claim.checklistMissing()), "documentsDueDate", day(due)));
    return due;
  }

  public void remindMissingDocuments(String claimNumber) {
    Claim claim = claim(claimNumber);
    List<String> missing = documents.stillMissing(claim);
    notices.notify(claim, "DOCUMENTS_REMINDER", "claim/documents-reminder", Map.of("missingDocuments",
        bulletList(missing), "documentsDueDate", day(clocks.documentsDueAt(claim.documentsRequestedAt()))));
  }

  /** Starts the 30-day determination clock: documents complete, or the response period has passed. */
  public DeterminationClock startDetermination(String claimNumber) {
    Claim claim = claim(claimNumber);
    Instant now = clock.instant();
    List<String> missing = documents.stillMissing(claim);
    DeterminationClock determination = new DeterminationClock(clocks.determinationWarningAt(now),
        clocks.determinationDueAt(now), clocks.advancePaymentAt(now));
    claims.markUnderReview(claimNumber, now, determination.dueAt());
    claims.addEvent(claimNumber, now, "REVIEW_STARTED", missing.isEmpty()
        ? "资料齐全，开始审核；核定期限 " + day(determination.dueAt()) + " Documents complete; determination due"
        : "补充资料期限已过，按现有资料审核（仍缺：" + names(missing) + "） Response period over; reviewing with what was received",
        null);
    return determination;
  }

  public String documentsReceivedText(String claimNumber) {
    return documents.documents(claimNumber).stream()
        .map(d -> ClaimNotices.DOCUMENT_NAMES.getOrDefault(d.type(), d.type()) + " " + d.type() + " · "
            + d.fileName() + " · " + d.sizeBytes() + " bytes · SHA-256 " + d.sha256().substring(0, 12) + "…")
        .collect(Collectors.joining("\n"));
  }

  public String documentsMissingText(String claimNumber) {
    return documents.stillMissing(claim(claimNumber)).stream()
        .map(t -> ClaimNotices.DOCUMENT_NAMES.getOrDefault(t, t) + " " + t).collect(Collectors.joining("\n"));
  }

  public String reviewHistoryText(String claimNumber) {
    return claims.decisions(claimNumber).stream()
        .map(d -> day(d.decidedAt()) + " " + d.stage() + " · " + d.decidedBy() + " · " + d.outcome()
            + (d.amount() == null ? "" : " · " + d.amount().toPlainString() + " CNY")
            + (d.reason() == null || d.reason().isBlank() ? "" : " · " + d.reason()))
        .collect(Collectors.joining("\n"));
  }

  public void warnDeterminationDue(String claimNumber) {
    Claim claim = claim(claimNumber);
    claims.addEvent(claimNumber, clock.instant(), "DETERMINATION_WARNING", "核定期限将至（" + day(claim.determinationDueAt())
        + "），已提醒主管 Determination due soon; supervisors warned", null);
  }

  public void recordDeterminationBreach(String claimNumber) {
    claims.markDeterminationBreached(claimNumber);
    claims.addEvent(claimNumber, clock.instant(), "DETERMINATION_BREACHED",
        "超过法定核定期限（保险法第二十三条） Statutory determination period exceeded", null);
  }

  /** Records a reviewer's decision: who, when, what and why. */
  public void recordReview(String claimNumber, String stage, String reviewer, String outcome, BigDecimal amount,
      String reason) {
    Instant now = clock.instant();
    claims.addDecision(claimNumber, new ClaimRepository.Decision(stage, reviewer, now, outcome, amount, reason));
    if ("FIRST_REVIEW".equals(stage)) {
      claims.recordAssessedAmount(claimNumber, amount);
    } else if (amount != null) {
      claims.recordApprovedAmount(claimNumber, amount);
    }
    claims.addEvent(claimNumber, now, stage, stage + " · " + outcome + (amount == null ? "" : " · "
        + amount.toPlainString() + " CNY"), reviewer);
  }

  /**
   * Straight-through settlement (自动理赔) of a green-channel claim the eligibility decision allowed
   * it for, with complete documents and a covered peril: the claimed amount is approved without a
   * human review, recorded as the decision of the system. Returns the approved amount.
   */
  public BigDecimal settleStraightThrough(String claimNumber) {
    Claim claim = claim(claimNumber);
    Instant now = clock.instant();
    BigDecimal amount = claim.claimedAmount();
    claims.addDecision(claimNumber, new ClaimRepository.Decision(STRAIGHT_THROUGH, "system", now, "COVERED", amount,
        "绿色通道自动理赔：资料齐全、属于保险责任、金额不超过自动理赔限额 Green channel: documents complete, peril "
            + "covered, amount within the auto-settlement limit"));
    claims.recordSettledAmount(claimNumber, amount);
    claims.addEvent(claimNumber, now, STRAIGHT_THROUGH, "绿色通道自动理赔 " + amount.toPlainString()
        + " CNY Settled straight through", "system");
    return amount;
  }

  /** Any notice to the claimant, rendered from {@code notices/<template>.txt} and kept on the claim. */
  public void notifyClaimant(String claimNumber, String kind, String template, Map<String, String> values) {
    notices.notify(claim(claimNumber), kind, template, values);
  }

  /** The determination (核定): approved with an amount, or rejected. Starts the payment or notice clock. */
  public Instant decide(String claimNumber, boolean approved, BigDecimal approvedAmount) {
    Instant now = clock.instant();
    claims.markDecided(claimNumber, now, approved ? approvedAmount : null, approved ? clocks.paymentDueAt(now) : null);
    claims.addEvent(claimNumber, now, "DECIDED", approved ? "核定赔付 " + approvedAmount.toPlainString()
        + " CNY Approved" : "核定拒赔 Rejected", null);
    return approved ? clocks.paymentDueAt(now) : clocks.rejectionNoticeDueAt(now);
  }

  public void sendApprovalNotice(String claimNumber) {
    Claim claim = claim(claimNumber);
    BigDecimal due = paymentSteps.amountStillToPay(claim);
    notices.notify(claim, "DECISION_APPROVED", "claim/claim-approved", Map.of("approvedAmount",
        claim.approvedAmount().toPlainString(), "paymentMethod", paymentMethod(claim), "expectedPaymentDate",
        day(claim.paymentDueAt() == null ? clock.instant() : claim.paymentDueAt()), "disputeWindowDays",
        clocks.getDisputeWindow().replaceAll("\\D", ""), "amountDue", due.toPlainString()));
  }

  public void sendRejectionNotice(String claimNumber, String reasons) {
    Claim claim = claim(claimNumber);
    notices.notify(claim, "DECISION_REJECTED", "claim/claim-rejected", Map.of("reasons",
        reasons == null || reasons.isBlank() ? "（见审核意见）" : reasons, "disputeWindowDays", clocks.getDisputeWindow().replaceAll("\\D", "")));
  }

  public void startReconsideration(String claimNumber) {
    claims.addEvent(claimNumber, clock.instant(), "RECONSIDERATION_STARTED", "提交会审小组复议 Sent to panel "
        + "reconsideration", null);
  }

  public void sendReconsiderationResult(String claimNumber, String outcome, String opinion) {
    Claim claim = claim(claimNumber);
    notices.notify(claim, "RECONSIDERATION_RESULT", "claim/reconsideration-result", Map.of("outcome",
        "REVISED".equals(outcome) ? "变更原决定 Revised" : "维持原决定 Upheld", "opinion", opinion));
    events.publishEvent(new ClaimReconsidered(claimNumber, outcome, opinion));
  }

  public void archive(String claimNumber) {
    archive.archive(claimNumber);
    Claim claim = claims.find(claimNumber).orElseThrow();
    boolean reconsidered = claims.decisions(claimNumber).stream().anyMatch(d -> "RECONSIDERATION".equals(d.stage()));
    events.publishEvent(new ClaimArchived(claimNumber, claim.productLine(), claim.decision(), reconsidered,
        claim.greenChannel(), claim.approvedAmount()));
  }

  private static String paymentMethod(Claim claim) {
    return claim.paysOnline() ? "银行转账至 " + claim.payeeBankName() + " 账户 "
        + PersonalData.maskAccount(claim.payeeAccountNumber()) : "线下领取（请携带身份证件到柜面签收）";
  }


}
