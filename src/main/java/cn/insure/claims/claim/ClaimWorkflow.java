package cn.insure.claims.claim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import cn.insure.claims.numbering.CaseNumbers;
import cn.insure.claims.notification.NoticeTemplates;
import cn.insure.claims.notification.NotificationOutbox;
import cn.insure.claims.payment.ClaimPayments;
import cn.insure.claims.payment.PaymentGateway;
import cn.insure.claims.system.privacy.PersonalData;

/**
 * The business steps of the claims process, one method per step. Called by the delegates in
 * {@code claim.process}; each writes the claim's records in the engine's transaction.
 */
@Service
public class ClaimWorkflow {

  /** Document type codes and their Chinese names, for letters and forms. */
  static final Map<String, String> DOCUMENT_NAMES = Map.ofEntries(
      Map.entry("CLAIM_FORM", "理赔申请书"), Map.entry("ID_DOCUMENT", "身份证明"),
      Map.entry("BANK_ACCOUNT_PROOF", "领款账户证明"), Map.entry("MEDICAL_INVOICE", "医疗费用发票"),
      Map.entry("EXPENSE_LIST", "费用清单"), Map.entry("DISCHARGE_SUMMARY", "出院小结"),
      Map.entry("MEDICAL_RECORD", "病历"), Map.entry("DIAGNOSIS_REPORT", "疾病诊断证明"),
      Map.entry("ACCIDENT_PROOF", "意外事故证明"), Map.entry("DISABILITY_APPRAISAL", "伤残鉴定书"),
      Map.entry("DEATH_CERTIFICATE", "死亡证明"), Map.entry("BENEFICIARY_PROOF", "受益人关系证明"),
      Map.entry("HOUSEHOLD_CANCELLATION", "户籍注销证明"), Map.entry("LOSS_LIST", "损失清单"),
      Map.entry("DAMAGE_PHOTOS", "损失照片"), Map.entry("REPAIR_QUOTE", "维修报价单"),
      Map.entry("POLICE_REPORT", "报警回执"), Map.entry("PURCHASE_PROOF", "购买凭证"),
      Map.entry("DRIVING_LICENSE", "驾驶证"), Map.entry("VEHICLE_LICENSE", "行驶证"),
      Map.entry("ACCIDENT_REPORT", "交通事故认定书"), Map.entry("REPAIR_INVOICE", "维修发票"));

  /** Decision stage of a claim settled without a human review. */
  public static final String STRAIGHT_THROUGH = "STRAIGHT_THROUGH";

  /** Dates the process sets its statutory timers to, once documents are complete. */
  public record DeterminationClock(Instant warningAt, Instant dueAt, Instant advancePaymentAt) {
  }

  private final ClaimRepository claims;
  private final ClaimDocuments documents;
  private final ClaimPayments payments;
  private final ClaimArchive archive;
  private final NoticeTemplates templates;
  private final NotificationOutbox outbox;
  private final ClaimClocks clocks;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  ClaimWorkflow(ClaimRepository claims, ClaimDocuments documents, ClaimPayments payments, ClaimArchive archive,
      NoticeTemplates templates, NotificationOutbox outbox, ClaimClocks clocks, Clock clock,
      ApplicationEventPublisher events) {
    this.claims = claims;
    this.documents = documents;
    this.payments = payments;
    this.archive = archive;
    this.templates = templates;
    this.outbox = outbox;
    this.clocks = clocks;
    this.clock = clock;
    this.events = events;
  }

  public Claim claim(String claimNumber) {
    return claims.find(claimNumber).orElseThrow(() -> new IllegalStateException("No claim " + claimNumber));
  }

  public void sendReceivedNotice(String claimNumber) {
    Claim claim = claim(claimNumber);
    notify(claim, "CLAIM_RECEIVED", "claim/claim-received", Map.of("receivedDate", day(claim.createdAt())));
  }

  /** Compares the checklist with the documents received; records and returns what is missing. */
  public List<String> checkDocuments(String claimNumber, List<String> required) {
    List<String> received = documents.documents(claimNumber).stream().map(ClaimDocuments.Document::type).toList();
    List<String> missing = required.stream().distinct().filter(type -> !received.contains(type)).toList();
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
      return stillMissing(claim);
    }
    List<String> received = documents.documents(claimNumber).stream().map(ClaimDocuments.Document::type).toList();
    List<String> missing = required.stream().distinct().filter(type -> !received.contains(type)).toList();
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
    notify(claim, "MISSING_DOCUMENTS", "claim/missing-documents", Map.of("missingDocuments",
        bulletList(List.of(claim.missingDocuments().split(","))), "documentsDueDate", day(due)));
    return due;
  }

  public void remindMissingDocuments(String claimNumber) {
    Claim claim = claim(claimNumber);
    List<String> missing = stillMissing(claim);
    notify(claim, "DOCUMENTS_REMINDER", "claim/documents-reminder", Map.of("missingDocuments", bulletList(missing),
        "documentsDueDate", day(clocks.documentsDueAt(claim.documentsRequestedAt()))));
  }

  /** Starts the 30-day determination clock: documents complete, or the response period has passed. */
  public DeterminationClock startDetermination(String claimNumber) {
    Claim claim = claim(claimNumber);
    Instant now = clock.instant();
    List<String> missing = stillMissing(claim);
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
        .map(d -> DOCUMENT_NAMES.getOrDefault(d.type(), d.type()) + " " + d.type() + " · " + d.fileName() + " · "
            + d.sizeBytes() + " bytes · SHA-256 " + d.sha256().substring(0, 12) + "…")
        .collect(Collectors.joining("\n"));
  }

  public String documentsMissingText(String claimNumber) {
    return stillMissing(claim(claimNumber)).stream().map(t -> DOCUMENT_NAMES.getOrDefault(t, t) + " " + t)
        .collect(Collectors.joining("\n"));
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

  /**
   * The advance (预付赔款) of a green-channel claim once its first review assessed the amount: the
   * event's share of the assessed amount, paid online; the final payment later pays the rest.
   */
  public Optional<ClaimPayments.Payment> payGreenChannelAdvance(String claimNumber, BigDecimal share) {
    Claim claim = claim(claimNumber);
    BigDecimal amount = ClaimService.orZero(claim.assessedAmount()).multiply(share).setScale(2, RoundingMode.HALF_UP);
    return amount.signum() > 0 ? Optional.of(payOnline(claimNumber, ClaimPayments.Kind.ADVANCE, amount))
        : Optional.empty();
  }

  /** An approved advance that came due only after the claim was decided: the final payment pays it all. */
  public void recordAdvanceNotNeeded(String claimNumber) {
    claims.addEvent(claimNumber, clock.instant(), "ADVANCE_NOT_NEEDED", "已核定，不再先予支付，由最终赔款一并支付 "
        + "Decided meanwhile: no advance, the final payment pays the approved amount", null);
  }

  /** Any notice to the claimant, rendered from {@code notices/<template>.txt} and kept on the claim. */
  public void notifyClaimant(String claimNumber, String kind, String template, Map<String, String> values) {
    notify(claim(claimNumber), kind, template, values);
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
    BigDecimal due = amountStillToPay(claim);
    notify(claim, "DECISION_APPROVED", "claim/claim-approved", Map.of("approvedAmount",
        claim.approvedAmount().toPlainString(), "paymentMethod", paymentMethod(claim), "expectedPaymentDate",
        day(claim.paymentDueAt() == null ? clock.instant() : claim.paymentDueAt()), "disputeWindowDays",
        clocks.getDisputeWindow().replaceAll("\\D", ""), "amountDue", due.toPlainString()));
  }

  public void sendRejectionNotice(String claimNumber, String reasons) {
    Claim claim = claim(claimNumber);
    notify(claim, "DECISION_REJECTED", "claim/claim-rejected", Map.of("reasons", reasons == null || reasons.isBlank()
        ? "（见审核意见）" : reasons, "disputeWindowDays", clocks.getDisputeWindow().replaceAll("\\D", "")));
  }

  public BigDecimal amountStillToPay(Claim claim) {
    return ClaimService.orZero(claim.approvedAmount()).subtract(payments.totalPaid(claim.claimNumber()))
        .max(BigDecimal.ZERO);
  }

  /**
   * Pays online to the claim's payee account.
   *
   * @throws PaymentGateway.TransferRejectedException if the bank refuses the account (recorded on the timeline)
   */
  public ClaimPayments.Payment payOnline(String claimNumber, ClaimPayments.Kind kind, BigDecimal amount) {
    Claim claim = claim(claimNumber);
    ClaimPayments.Payment payment;
    try {
      payment = payments.payOnline(claimNumber, kind, amount, new ClaimPayments.Payee(claim.payeeAccountName(),
          claim.payeeBankName(), claim.payeeAccountNumber()));
    } catch (PaymentGateway.TransferRejectedException e) {
      claims.addEvent(claimNumber, clock.instant(), "PAYMENT_REJECTED", "银行拒绝支付，由财务核实收款账户 Payment "
          + "refused by the bank; finance checks the payee account: " + e.getMessage(), null);
      throw e;
    }
    paid(claim, payment);
    return payment;
  }

  /** Finance corrected the payee account after the bank refused a payment. */
  public void correctPayee(String claimNumber, String accountName, String bankName, String accountNumber,
      String correctedBy) {
    claims.correctPayee(claimNumber, accountName, bankName, accountNumber);
    claims.addEvent(claimNumber, clock.instant(), "PAYEE_CORRECTED", "收款账户已更正为 " + bankName + " "
        + PersonalData.maskAccount(accountNumber) + " Payee account corrected", correctedBy);
  }

  public ClaimPayments.Payment recordOfflinePayment(String claimNumber, LocalDate paidOn, String receivedBy,
      String receiptNumber, String recordedBy) {
    Claim claim = claim(claimNumber);
    ClaimPayments.Payment payment = payments.recordOffline(claimNumber, ClaimPayments.Kind.FINAL,
        amountStillToPay(claim), paidOn.atStartOfDay(CaseNumbers.BUSINESS_ZONE).toInstant(), receivedBy,
        receiptNumber);
    claims.addEvent(claimNumber, clock.instant(), "OFFLINE_PAYMENT_RECORDED", "线下支付已登记，收据号 " + receiptNumber
        + " Offline payment recorded", recordedBy);
    paid(claim, payment);
    return payment;
  }

  private void paid(Claim claim, ClaimPayments.Payment payment) {
    if (payment.kind() == ClaimPayments.Kind.FINAL) {
      claims.markPaid(claim.claimNumber());
    }
    claims.addEvent(claim.claimNumber(), clock.instant(), "PAID_" + payment.kind(), "已支付 " + payment.amount()
        .toPlainString() + " CNY（" + payment.method() + "，" + payment.kind() + "） Paid, reference "
        + payment.reference(), null);
    notify(claim, "PAYMENT_MADE", "claim/payment-made", Map.of("amount", payment.amount().toPlainString(), "paidDate",
        day(payment.paidAt()), "paymentMethod", "ONLINE".equals(payment.method()) ? "转账至 " + claim.payeeBankName()
            + " 账户 " + PersonalData.maskAccount(claim.payeeAccountNumber()) : "线下领取",
        "paymentKind", payment.kind() == ClaimPayments.Kind.ADVANCE ? "先予支付/预付赔款 Advance" : "赔款 Final"));
  }

  public void startReconsideration(String claimNumber) {
    claims.addEvent(claimNumber, clock.instant(), "RECONSIDERATION_STARTED", "提交会审小组复议 Sent to panel "
        + "reconsideration", null);
  }

  public void sendReconsiderationResult(String claimNumber, String outcome, String opinion) {
    Claim claim = claim(claimNumber);
    notify(claim, "RECONSIDERATION_RESULT", "claim/reconsideration-result", Map.of("outcome",
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

  private List<String> stillMissing(Claim claim) {
    if (claim.missingDocuments() == null || claim.missingDocuments().isBlank()) {
      return List.of();
    }
    List<String> received = documents.documents(claim.claimNumber()).stream().map(ClaimDocuments.Document::type)
        .toList();
    return new ArrayList<>(List.of(claim.missingDocuments().split(","))).stream()
        .filter(t -> !received.contains(t)).toList();
  }

  private void notify(Claim claim, String kind, String template, Map<String, String> values) {
    Map<String, Object> all = new LinkedHashMap<>(values);
    all.put("claimNumber", claim.claimNumber());
    all.put("claimantName", claim.claimantName());
    all.put("policyNumber", claim.policyNumber());
    NoticeTemplates.Rendered notice = templates.render(template, all);
    Instant now = clock.instant();
    String noticeId = claims.addNotice(claim.claimNumber(), new ClaimRepository.Notice(kind, claim.claimantName()
        + " " + PersonalData.maskPhone(claim.claimantPhone()), notice.subject(), notice.body(), now));
    // Same transaction as the step: the notice is delivered if and only if the step commits.
    outbox.enqueue(claim.claimNumber(), kind, new NotificationOutbox.Contact(claim.claimantPhone(),
        claim.claimantEmail()), notice.subject(), notice.body(), "claim-notice:" + noticeId);
    claims.addEvent(claim.claimNumber(), now, "NOTICE_SENT", "已发出通知（短信/邮件） Notice issued by SMS/e-mail: "
        + notice.subject(), null);
  }

  private static String paymentMethod(Claim claim) {
    return claim.paysOnline() ? "银行转账至 " + claim.payeeBankName() + " 账户 "
        + PersonalData.maskAccount(claim.payeeAccountNumber()) : "线下领取（请携带身份证件到柜面签收）";
  }

  private static String names(List<String> types) {
    return types.stream().map(t -> DOCUMENT_NAMES.getOrDefault(t, t) + "(" + t + ")").collect(Collectors.joining("、"));
  }

  private static String bulletList(List<String> types) {
    return types.stream().map(t -> "  · " + DOCUMENT_NAMES.getOrDefault(t, t) + "（" + t + "）")
        .collect(Collectors.joining("\n"));
  }

  static String day(Instant instant) {
    return LocalDate.ofInstant(instant, CaseNumbers.BUSINESS_ZONE).toString();
  }
}
