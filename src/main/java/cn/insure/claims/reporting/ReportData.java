package cn.insure.claims.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The rows a report reads, one query per area, each bounded by the period (and the clocks that
 * reach back into it) through the indexes of V14. Timestamps are UTC instants.
 *
 * <p>Over 250 lines because it holds one query and one row mapping per report area; together they
 * keep the index assumptions of V14 in one place.
 */
@Repository
class ReportData {

  record ClaimRow(String claimNumber, String productLine, String channel, String regionCode, boolean greenChannel,
      String catastropheEventId, Instant createdAt, Instant documentsCompleteAt, Instant determinationDueAt,
      String decision, Instant decidedAt, Instant paymentDueAt, Instant firstPaidAt, Instant finalPaidAt,
      Instant advancePaidAt, Instant rejectionNoticeAt) {

    /** Branch (分公司): the province of the policy region, e.g. 440305 → 440000. */
    String branch() {
      return regionCode == null || regionCode.length() < 2 ? "未知" : regionCode.substring(0, 2) + "0000";
    }
  }

  record ComplaintRow(String complaintNumber, String channel, String category, String urgency, Instant receivedAt,
      Instant decisionDueAt, int extensionCount, boolean escalated, Instant resolvedAt, Boolean satisfied,
      Instant feedbackAt, String reviewOutcome, Instant reviewedAt, String handlingGroup, String resolvedBy) {
  }

  record CallBackRow(String caseType, String caseNumber, String outcome, Integer overall, Integer attitude,
      Integer clarity, Instant completedAt) {
  }

  record ConsultationRow(String consultationNumber, Instant receivedAt, Instant firstResponseDue,
      Instant firstRespondedAt) {
  }

  record SpotCheckRow(String claimNumber, String inspectedBy, Instant inspectedAt, boolean finding) {
  }

  record TaskRow(String assignee, Instant endTime, Instant dueDate) {
  }

  static final Duration PAYMENT_HORIZON = Duration.ofDays(730);

  private final NamedParameterJdbcTemplate jdbc;

  ReportData(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Claims received, decided, paid or with a statutory clock falling due in [from, to);
   * {@code lookBack} widens the decision and documents-complete windows for the clocks that run
   * from them (3-day rejection notice, 60-day advance).
   */
  List<ClaimRow> claims(Instant from, Instant to, Duration rejectionNotice, Duration advanceAfter,
      Duration paymentPeriod) {
    MapSqlParameterSource p = new MapSqlParameterSource().addValue("from", ts(from)).addValue("to", ts(to))
        .addValue("decidedFrom", ts(from.minus(rejectionNotice)))
        .addValue("completeFrom", ts(from.minus(advanceAfter).minus(paymentPeriod)))
        .addValue("completeTo", ts(to.minus(advanceAfter)))
        // Payments and notices older than two years before the period belong to no claim it reports on.
        .addValue("horizon", ts(from.minus(PAYMENT_HORIZON)));
    return jdbc.query(CLAIM_ROW_SELECT + """
        WHERE (c.created_at >= :from AND c.created_at < :to)
           OR (c.decided_at >= :decidedFrom AND c.decided_at < :to)
           OR (c.determination_due_at >= :from AND c.determination_due_at < :to)
           OR (c.payment_due_at >= :from AND c.payment_due_at < :to)
           OR (c.documents_complete_at >= :completeFrom AND c.documents_complete_at < :completeTo)
           OR (paid.first_paid_at IS NOT NULL AND EXISTS (SELECT 1 FROM claim_payment p
                 WHERE p.claim_number = c.claim_number AND p.status = 'PAID' AND p.paid_at >= :from AND p.paid_at < :to))
        """, p, ClaimRowMapper.INSTANCE);
  }

  /**
   * Claims with a statutory clock still running past {@code before}: undecided after their 30-day due
   * time, approved and not finally paid after the payment due time, rejected without the notice, or
   * documents complete for 60 days plus the payment period without any payment. Few in a healthy
   * month; the dashboard lists their breaches after the current month's.
   */
  List<ClaimRow> claimsWithOpenClocks(Instant before, Duration advanceAfter, Duration paymentPeriod) {
    MapSqlParameterSource p = new MapSqlParameterSource().addValue("before", ts(before))
        .addValue("completeBefore", ts(before.minus(advanceAfter).minus(paymentPeriod)))
        .addValue("horizon", ts(before.minus(PAYMENT_HORIZON)));
    return jdbc.query(CLAIM_ROW_SELECT + """
        WHERE (c.decided_at IS NULL AND c.determination_due_at < :before AND c.determination_due_at >= :horizon)
           OR (c.decision = 'APPROVED' AND c.payment_due_at < :before AND c.payment_due_at >= :horizon
               AND paid.final_paid_at IS NULL)
           OR (c.decision = 'REJECTED' AND notified.rejection_notice_at IS NULL AND c.decided_at < :before
               AND c.decided_at >= :horizon)
           OR (c.documents_complete_at < :completeBefore AND c.documents_complete_at >= :horizon
               AND paid.first_paid_at IS NULL)
        """, p, ClaimRowMapper.INSTANCE);
  }

  private static final String CLAIM_ROW_SELECT = """
        SELECT c.claim_number, c.product_line, c.channel, c.region_code, c.green_channel, c.catastrophe_event_id,
               c.created_at, c.documents_complete_at, c.determination_due_at, c.decision, c.decided_at,
               c.payment_due_at, paid.first_paid_at, paid.final_paid_at, paid.advance_paid_at,
               notified.rejection_notice_at
        FROM claim c
        LEFT JOIN (SELECT claim_number, MIN(paid_at) AS first_paid_at,
                          MIN(CASE WHEN kind = 'FINAL' THEN paid_at END) AS final_paid_at,
                          MIN(CASE WHEN kind = 'ADVANCE' THEN paid_at END) AS advance_paid_at
                   FROM claim_payment WHERE status = 'PAID' AND paid_at >= :horizon
                   GROUP BY claim_number) paid ON paid.claim_number = c.claim_number
        LEFT JOIN (SELECT claim_number, MIN(created_at) AS rejection_notice_at FROM claim_notice
                   WHERE kind = 'DECISION_REJECTED' AND created_at >= :horizon
                   GROUP BY claim_number) notified ON notified.claim_number = c.claim_number
""";

  private enum ClaimRowMapper implements org.springframework.jdbc.core.RowMapper<ClaimRow> {
    INSTANCE;

    @Override
    public ClaimRow mapRow(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
      return new ClaimRow(rs.getString("claim_number"), rs.getString("product_line"),
            rs.getString("channel"), rs.getString("region_code"), rs.getBoolean("green_channel"),
            rs.getString("catastrophe_event_id"), instant(rs, "created_at"), instant(rs, "documents_complete_at"),
            instant(rs, "determination_due_at"), rs.getString("decision"), instant(rs, "decided_at"),
            instant(rs, "payment_due_at"), instant(rs, "first_paid_at"), instant(rs, "final_paid_at"),
            instant(rs, "advance_paid_at"), instant(rs, "rejection_notice_at"));
    }
  }


  /** Complaints received, due, resolved, answered or reviewed in [from, to). */
  List<ComplaintRow> complaints(Instant from, Instant to) {
    return jdbc.query("""
        SELECT complaint_number, channel, category, urgency, received_at, decision_due_at, extension_count, escalated,
               resolved_at, satisfied, feedback_at, review_outcome, reviewed_at, handling_group, resolved_by
        FROM complaint
        WHERE complaint_number IN (
              SELECT complaint_number FROM complaint WHERE received_at >= :from AND received_at < :to
              UNION SELECT complaint_number FROM complaint WHERE decision_due_at >= :from AND decision_due_at < :to
              UNION SELECT complaint_number FROM complaint WHERE feedback_at >= :from AND feedback_at < :to
              UNION SELECT complaint_number FROM complaint WHERE reviewed_at >= :from AND reviewed_at < :to)
        """, window(from, to), (rs, i) -> complaintRow(rs));
  }

  /** Complaints not resolved by their (extended) due time, due in the two years before {@code before}. */
  List<ComplaintRow> complaintsOpenPastDue(Instant before) {
    return jdbc.query("""
        SELECT complaint_number, channel, category, urgency, received_at, decision_due_at, extension_count, escalated,
               resolved_at, satisfied, feedback_at, review_outcome, reviewed_at, handling_group, resolved_by
        FROM complaint
        WHERE resolved_at IS NULL AND decision_due_at < :to AND decision_due_at >= :from
        """, window(before.minus(PAYMENT_HORIZON), before), (rs, i) -> complaintRow(rs));
  }

  private static ComplaintRow complaintRow(ResultSet rs) throws SQLException {
    return new ComplaintRow(rs.getString("complaint_number"), rs.getString("channel"),
            rs.getString("category"), rs.getString("urgency"), instant(rs, "received_at"),
            instant(rs, "decision_due_at"), rs.getInt("extension_count"), rs.getBoolean("escalated"),
            instant(rs, "resolved_at"), (Boolean) rs.getObject("satisfied"), instant(rs, "feedback_at"),
            rs.getString("review_outcome"), instant(rs, "reviewed_at"), rs.getString("handling_group"),
            rs.getString("resolved_by"));
  }

  long crisisIncidentsOpened(Instant from, Instant to) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM crisis_incident WHERE opened_at >= :from AND opened_at < :to",
        window(from, to), Long.class);
  }

  /** Call-backs completed in [from, to) (the customer-voice processes write them). */
  List<CallBackRow> callBacks(Instant from, Instant to) {
    return jdbc.query("SELECT case_type, case_number, outcome, overall_satisfaction, attitude_score, clarity_score, "
        + "completed_at FROM call_back WHERE completed_at >= :from AND completed_at < :to", window(from, to),
        (rs, i) -> new CallBackRow(rs.getString("case_type"), rs.getString("case_number"), rs.getString("outcome"),
            integer(rs, "overall_satisfaction"), integer(rs, "attitude_score"), integer(rs, "clarity_score"),
            instant(rs, "completed_at")));
  }

  List<ConsultationRow> consultations(Instant from, Instant to) {
    return jdbc.query("SELECT consultation_number, received_at, first_response_due, first_responded_at "
        + "FROM consultation WHERE received_at >= :from AND received_at < :to", window(from, to),
        (rs, i) -> new ConsultationRow(rs.getString("consultation_number"), instant(rs, "received_at"),
            instant(rs, "first_response_due"), instant(rs, "first_responded_at")));
  }

  /** Spot checks inspected in [from, to); a finding is any of the three checks answered no. */
  List<SpotCheckRow> spotChecks(Instant from, Instant to) {
    return jdbc.query("SELECT claim_number, inspected_by, inspected_at, process_followed, review_accurate, "
        + "payment_reasonable FROM claim_spot_check WHERE inspected_at >= :from AND inspected_at < :to",
        window(from, to), (rs, i) -> new SpotCheckRow(rs.getString("claim_number"), rs.getString("inspected_by"),
            instant(rs, "inspected_at"), Boolean.FALSE.equals(rs.getObject("process_followed"))
                || Boolean.FALSE.equals(rs.getObject("review_accurate"))
                || Boolean.FALSE.equals(rs.getObject("payment_reasonable"))));
  }

  /** Who made the first decision on each claim (the person a claim's quality is appraised against). */
  Map<String, String> firstDeciders(List<String> claimNumbers) {
    if (claimNumbers.isEmpty()) {
      return Map.of();
    }
    Map<String, String> deciders = new java.util.HashMap<>();
    jdbc.query("SELECT claim_number, decided_by FROM claim_decision WHERE claim_number IN (:numbers) "
        + "ORDER BY decided_at DESC", Map.of("numbers", claimNumbers),
        rs -> {
          deciders.put(rs.getString("claim_number"), rs.getString("decided_by"));
        });
    return deciders;
  }

  /** Tasks people completed in [from, to), from the engine's history. */
  List<TaskRow> completedTasks(Instant from, Instant to) {
    return jdbc.query("SELECT ASSIGNEE_, END_TIME_, DUE_DATE_ FROM ACT_HI_TASKINST "
        + "WHERE END_TIME_ >= :from AND END_TIME_ < :to AND ASSIGNEE_ IS NOT NULL "
        + "AND (DELETE_REASON_ IS NULL OR DELETE_REASON_ = 'completed')", window(from, to),
        (rs, i) -> new TaskRow(rs.getString(1), instant(rs, "END_TIME_"), instant(rs, "DUE_DATE_")));
  }

  /** A task of a case's process that someone held: who, from when. */
  record HeldTask(String processInstanceId, String assignee, Instant startTime) {
  }

  /** The newest process instance of each case (business key) of a process, in chunks of 1,000 keys. */
  Map<String, String> processInstances(String processKey, List<String> businessKeys) {
    Map<String, String> instances = new java.util.HashMap<>();
    for (List<String> chunk : chunks(businessKeys)) {
      jdbc.query("SELECT BUSINESS_KEY_, ID_ FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = :key "
          + "AND BUSINESS_KEY_ IN (:keys) ORDER BY START_TIME_", new MapSqlParameterSource("key", processKey)
              .addValue("keys", chunk), rs -> {
                instances.put(rs.getString(1), rs.getString(2));
              });
    }
    return instances;
  }

  /** The assigned tasks of the given process instances, oldest first. */
  List<HeldTask> heldTasks(List<String> processInstanceIds) {
    List<HeldTask> tasks = new java.util.ArrayList<>();
    for (List<String> chunk : chunks(processInstanceIds)) {
      tasks.addAll(jdbc.query("SELECT PROC_INST_ID_, ASSIGNEE_, START_TIME_ FROM ACT_HI_TASKINST "
          + "WHERE PROC_INST_ID_ IN (:ids) AND ASSIGNEE_ IS NOT NULL ORDER BY START_TIME_", Map.of("ids", chunk),
          (rs, i) -> new HeldTask(rs.getString(1), rs.getString(2), instant(rs, "START_TIME_"))));
    }
    return tasks;
  }

  /** The officer each complaint's latest recorded deadline breach named as responsible. */
  Map<String, String> complaintBreachResponsibles(List<String> complaintNumbers) {
    Map<String, String> responsible = new java.util.HashMap<>();
    for (List<String> chunk : chunks(complaintNumbers)) {
      jdbc.query("SELECT complaint_number, responsible FROM complaint_deadline_breach "
          + "WHERE complaint_number IN (:numbers) ORDER BY breached_at", Map.of("numbers", chunk), rs -> {
            responsible.put(rs.getString(1), rs.getString(2));
          });
    }
    return responsible;
  }

  private static List<List<String>> chunks(List<String> values) {
    List<List<String>> chunks = new java.util.ArrayList<>();
    for (int i = 0; i < values.size(); i += 1000) {
      chunks.add(values.subList(i, Math.min(values.size(), i + 1000)));
    }
    return chunks;
  }

  private static MapSqlParameterSource window(Instant from, Instant to) {
    return new MapSqlParameterSource("from", ts(from)).addValue("to", ts(to));
  }

  private static Timestamp ts(Instant instant) {
    return Timestamp.from(instant);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private static Integer integer(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }
}
