package cn.insure.claims.claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import cn.insure.claims.system.privacy.PersonalData;

/**
 * A claim as the customer (and so the channel system acting for them) sees it: where it stands, what
 * is missing, the decision with the letter written for the customer, payments, due dates, the
 * documents and a timeline of what the customer was told. Never the reviewers, their judgements
 * (liability, fraud suspicion) or comments, coverage warnings, internal clocks, spot checks or
 * call-backs — this record has no field for them, so a new staff field cannot leak by accident.
 */
public record ClaimCustomerView(
    String claimNumber,
    String policyNumber,
    String productLine,
    String claimType,
    String channel,
    String status,
    ClaimView.Stage stage,
    boolean greenChannel,
    ClaimView.Claimant claimant,
    Loss loss,
    BigDecimal claimedAmount,
    List<String> missingDocuments,
    Decision decision,
    List<Payment> payments,
    ClaimView.DueDates dueDates,
    List<ClaimView.Document> documents,
    List<ClaimView.TimelineEntry> timeline,
    boolean archived) {

  /** The loss as the customer reported it. */
  public record Loss(java.time.LocalDate date, String place, String peril, String cause) {
  }

  /** The determination and the letter that told the customer (reasons and contract basis of a rejection). */
  public record Decision(String outcome, BigDecimal approvedAmount, Instant decidedAt, String letter) {
  }

  /** A payment to the customer; the bank reference helps them find it on their statement. */
  public record Payment(String kind, String method, BigDecimal amount, Instant paidAt, String reference) {
  }

  /** Timeline entries a customer is shown; every other type (reviews, warnings, breaches, flags) is internal. */
  static final Set<String> CUSTOMER_EVENTS = Set.of("REGISTERED", "GREEN_CHANNEL", "DOCUMENT_RECEIVED",
      "DOCUMENTS_CHECKED", "REVIEW_STARTED", "DECIDED", ClaimWorkflow.STRAIGHT_THROUGH, "ADVANCE_NOT_NEEDED",
      "PAYMENT_REJECTED", "PAYEE_CORRECTED", "OFFLINE_PAYMENT_RECORDED", "DISPUTED", "RECONSIDERATION_STARTED",
      "NOTICE_SENT", ClaimProgressNotices.EVENT, "ARCHIVED");

  /** Notices that carry a decision to the customer. */
  static final Set<String> DECISION_NOTICES = Set.of("DECISION_APPROVED", "DECISION_REJECTED",
      "RECONSIDERATION_RESULT");

  static ClaimCustomerView of(ClaimView staff, List<ClaimRepository.Event> events,
      List<ClaimRepository.Notice> notices) {
    String letter = notices.stream().filter(n -> DECISION_NOTICES.contains(n.kind()))
        .max(Comparator.comparing(ClaimRepository.Notice::createdAt)).map(ClaimRepository.Notice::body).orElse(null);
    ClaimView.Decision decision = staff.decision();
    return new ClaimCustomerView(staff.claimNumber(), staff.policyNumber(), staff.productLine(), staff.claimType(),
        staff.channel(), staff.status(), staff.stage(), staff.greenChannel(), staff.claimant(),
        new Loss(staff.loss().date(), staff.loss().place(), staff.loss().peril(), staff.loss().cause()),
        staff.claimedAmount(), staff.missingDocuments(),
        decision == null || decision.outcome() == null ? null
            : new Decision(decision.outcome(), decision.approvedAmount(), decision.decidedAt(),
                letter == null ? null : PersonalData.maskText(letter)),
        staff.payments().stream().map(p -> new Payment(p.kind(), p.method(), p.amount(), p.paidAt(), p.reference()))
            .toList(),
        staff.dueDates(), staff.documents(),
        events.stream().filter(e -> CUSTOMER_EVENTS.contains(e.type()) || e.type().startsWith("PAID_"))
            .map(e -> new ClaimView.TimelineEntry(e.occurredAt(), e.type(), PersonalData.maskText(e.description())))
            .toList(),
        staff.archived());
  }
}
