package cn.insure.claims.reporting;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A known month, March 2025 (Asia/Shanghai), written straight into the business tables: claims
 * and complaints as the claim and complaint processes record them, and call-backs and
 * consultations as the customer-voice processes (issue 16) write them into the V8 tables. March
 * 2025 is far from the suite's own cases, which run at the present time.
 *
 * <p>March 2025 in Shanghai is [2025-02-28T16:00Z, 2025-03-31T16:00Z).
 */
final class ReportFixtures {

  static final String PREFIX = "RPT2503-";

  private final JdbcTemplate jdbc;
  private final String prefix;

  ReportFixtures(JdbcTemplate jdbc) {
    this(jdbc, PREFIX);
  }

  /** Cases numbered {@code prefix + id}, for another known month (see {@link ReportEdgeCasesTest}). */
  ReportFixtures(JdbcTemplate jdbc, String prefix) {
    this.jdbc = jdbc;
    this.prefix = prefix;
  }

  void knownMonth() {
    // C1: received, decided, paid in March (9 days: not within the catastrophe week); payment on time.
    claim("C1", "440305", "HEALTH", "ONLINE", false, "CAT-RPT2503", "2025-03-03T02:00:00Z", "2025-03-05T02:00:00Z",
        "2025-04-04T02:00:00Z", "APPROVED", "2025-03-10T02:00:00Z", "2025-03-20T02:00:00Z");
    payment("C1", "FINAL", "2025-03-12T02:00:00Z");
    decision("C1", "lina", "2025-03-10T02:00:00Z");
    // C2: 01:00 on 1 March in Shanghai (still 28 Feb in UTC): a March claim; undecided past its due date.
    claim("C2", "110105", "PROPERTY", "PHONE", false, null, "2025-02-28T17:00:00Z", "2025-02-28T17:00:00Z",
        "2025-03-30T17:00:00Z", null, null, null);
    // C3: 23:00 on 28 February in Shanghai: a February claim, rejected in March with the notice the same day.
    claim("C3", "440106", "HEALTH", "ONLINE", false, null, "2025-02-28T15:00:00Z", "2025-02-28T15:00:00Z",
        "2025-03-30T15:00:00Z", "REJECTED", "2025-03-25T02:00:00Z", null);
    notice("C3", "DECISION_REJECTED", "2025-03-25T02:00:00Z");
    // C4: 01:00 on 1 April in Shanghai: not March.
    claim("C4", "440305", "HEALTH", "ONLINE", false, null, "2025-03-31T17:00:00Z", null, null, null, null, null);
    // C5: green channel of the catastrophe event, paid 3 days after the report.
    claim("C5", "440305", "PROPERTY", "ONLINE", true, "CAT-RPT2503", "2025-03-10T02:00:00Z", "2025-03-10T02:00:00Z",
        "2025-04-09T02:00:00Z", "APPROVED", "2025-03-11T02:00:00Z", "2025-03-21T02:00:00Z");
    payment("C5", "FINAL", "2025-03-13T02:00:00Z");
    decision("C5", "lina", "2025-03-11T02:00:00Z");
    // C6: a February claim decided on time in March but paid 4 days after its payment due date.
    claim("C6", "110105", "PROPERTY", "PHONE", false, null, "2025-02-01T02:00:00Z", "2025-02-02T02:00:00Z",
        "2025-03-04T02:00:00Z", "APPROVED", "2025-03-01T02:00:00Z", "2025-03-11T02:00:00Z");
    payment("C6", "FINAL", "2025-03-15T02:00:00Z");
    decision("C6", "wangfang", "2025-03-01T02:00:00Z");
    spotCheck("C1", "2025-03-25T02:00:00Z", true);
    spotCheck("C6", "2025-03-26T02:00:00Z", false);

    // K1: general, decided on time, complainant not satisfied.
    complaint("K1", "PHONE", "SERVICE", "GENERAL", "2025-03-02T02:00:00Z", "2025-03-17T02:00:00Z", 0, false,
        "2025-03-10T02:00:00Z", false, "2025-03-12T02:00:00Z", null, null);
    // K2: extended, due in April.
    complaint("K2", "ONLINE", "CLAIMS", "URGENT", "2025-03-05T02:00:00Z", "2025-04-04T02:00:00Z", 1, false, null,
        null, null, null, null);
    // K3: received in February, extended to 30 days, decided 2 days late, escalated; review revised the outcome.
    complaint("K3", "EMAIL", "CLAIMS", "GENERAL", "2025-02-10T02:00:00Z", "2025-03-12T02:00:00Z", 1, true,
        "2025-03-14T02:00:00Z", null, null, "REVISED", "2025-03-20T02:00:00Z");

    callBack("CB1", "CLAIM", "C1", "REACHED", 5, 5, 4, "2025-03-20T02:00:00Z");
    callBack("CB2", "CLAIM", "C5", "REACHED", 3, 4, 3, "2025-03-21T02:00:00Z");
    callBack("CB3", "COMPLAINT", "K1", "NOT_REACHED", null, null, null, "2025-03-22T02:00:00Z");

    consultation("Q1", "2025-03-03T02:00:00Z", "2025-03-03T04:00:00Z", "2025-03-03T02:30:00Z");
    consultation("Q2", "2025-03-04T02:00:00Z", "2025-03-04T04:00:00Z", "2025-03-04T05:00:00Z");
    consultation("Q3", "2025-03-05T02:00:00Z", "2025-03-05T04:00:00Z", "2025-03-05T02:10:00Z");
  }

  void remove() {
    String like = prefix + "%";
    jdbc.update("DELETE FROM call_back WHERE call_back_id LIKE ?", like);
    jdbc.update("DELETE FROM consultation WHERE consultation_number LIKE ?", like);
    jdbc.update("DELETE FROM complaint WHERE complaint_number LIKE ?", like);
    jdbc.update("DELETE FROM claim_spot_check WHERE claim_number LIKE ?", like);
    jdbc.update("DELETE FROM claim_notice WHERE claim_number LIKE ?", like);
    jdbc.update("DELETE FROM claim_decision WHERE claim_number LIKE ?", like);
    jdbc.update("DELETE FROM claim_payment WHERE claim_number LIKE ?", like);
    jdbc.update("DELETE FROM claim WHERE claim_number LIKE ?", like);
  }

  void claim(String id, String region, String productLine, String channel, boolean green, String eventId,
      String created, String documentsComplete, String determinationDue, String decision, String decided,
      String paymentDue) {
    jdbc.update("INSERT INTO claim (claim_number, policy_number, product_line, claim_type, channel, status, "
        + "green_channel, catastrophe_event_id, claimant_name, claimant_phone, claimant_id_number, loss_date, "
        + "loss_place, region_code, peril, loss_cause, claimed_amount, documents_complete_at, determination_due_at, "
        + "decision, decided_at, payment_due_at, created_at, updated_at) "
        + "VALUES (?, 'P-RPT2503', ?, 'MEDICAL', ?, 'UNDER_REVIEW', ?, ?, '王小明', '13800000000', "
        + "'110101199001011234', DATE '2025-02-20', '深圳', ?, 'ILLNESS', '住院', 1000.00, ?, ?, ?, ?, ?, ?, ?)",
        prefix + id, productLine, channel, green, eventId, region, ts(documentsComplete), ts(determinationDue),
        decision, ts(decided), ts(paymentDue), ts(created), ts(created));
  }

  void payment(String claim, String kind, String paidAt) {
    jdbc.update("INSERT INTO claim_payment (payment_id, claim_number, kind, method, amount, status, idempotency_key, "
        + "paid_at, created_at) VALUES (?, ?, ?, 'ONLINE', 1000.00, 'PAID', ?, ?, ?)", prefix + claim + "-" + kind,
        prefix + claim, kind, prefix + claim + "-" + kind, ts(paidAt), ts(paidAt));
  }

  void decision(String claim, String by, String at) {
    jdbc.update("INSERT INTO claim_decision (decision_id, claim_number, stage, decided_by, decided_at, outcome) "
        + "VALUES (?, ?, 'FIRST_REVIEW', ?, ?, 'APPROVE')", prefix + claim + "-D", prefix + claim, by, ts(at));
  }

  void notice(String claim, String kind, String at) {
    jdbc.update("INSERT INTO claim_notice (notice_id, claim_number, kind, recipient, subject, body, created_at) "
        + "VALUES (?, ?, ?, '138****0000', '拒赔通知', '……', ?)", prefix + claim + "-N", prefix + claim, kind, ts(at));
  }

  void spotCheck(String claim, String at, boolean allRight) {
    jdbc.update("INSERT INTO claim_spot_check (claim_number, drawn_at, basis, sampling_rate, inspected_by, "
        + "inspected_at, process_followed, review_accurate, payment_reasonable) "
        + "VALUES (?, ?, 'RANDOM', 0.0500, 'zhoumin', ?, TRUE, ?, TRUE)", prefix + claim, ts(at), ts(at), allRight);
  }

  void complaint(String id, String channel, String category, String urgency, String received, String due,
      int extensions, boolean escalated, String resolved, Boolean satisfied, String feedbackAt, String review,
      String reviewedAt) {
    jdbc.update("INSERT INTO complaint (complaint_number, channel, complainant_name, category, urgency, subject, "
        + "description, status, received_at, decision_due_at, extension_count, escalated, resolved_at, satisfied, "
        + "feedback_at, review_outcome, reviewed_at, handling_group, submitted_by, created_at, updated_at) "
        + "VALUES (?, ?, '王小明', ?, ?, '理赔太慢', '……', 'IN_HANDLING', ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        + "'complaints-officers', 'zhaolei', ?, ?)", prefix + id, channel, category, urgency, ts(received), ts(due),
        extensions, escalated, ts(resolved), satisfied, ts(feedbackAt), review, ts(reviewedAt), ts(received),
        ts(received));
  }

  void callBack(String id, String caseType, String caseId, String outcome, Integer overall, Integer attitude,
      Integer clarity, String completed) {
    jdbc.update("INSERT INTO call_back (call_back_id, case_type, case_number, selection_reason, started_at, attempts, "
        + "outcome, overall_satisfaction, attitude_score, clarity_score, called_by, completed_at) "
        + "VALUES (?, ?, ?, 'RANDOM_SAMPLE', ?, 1, ?, ?, ?, ?, 'zhaolei', ?)", prefix + id, caseType, prefix + caseId,
        ts(completed), outcome, overall, attitude, clarity, ts(completed));
  }

  void consultation(String id, String received, String due, String responded) {
    jdbc.update("INSERT INTO consultation (consultation_number, channel, customer_name, customer_phone, topic, "
        + "question, status, received_at, first_response_due, first_responded_at, created_at, updated_at) "
        + "VALUES (?, 'PHONE', '王小明', '13800000000', 'CLAIM', '理赔进度？', 'ANSWERED', ?, ?, ?, ?, ?)",
        prefix + id, ts(received), ts(due), ts(responded), ts(received), ts(received));
  }

  private static Timestamp ts(String instant) {
    return instant == null ? null : Timestamp.from(Instant.parse(instant));
  }
}
