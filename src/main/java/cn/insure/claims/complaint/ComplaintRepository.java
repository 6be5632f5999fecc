package cn.insure.claims.complaint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import cn.insure.claims.system.text.ColumnText;

/**
 * The complaint table and its children: the timeline, the letters and the deadline breaches.
 *
 * <p>Over 250 lines because it is one named operation per change of the complaint table and its
 * children plus the row mapping: the names are the point, so that no call site writes column names.
 */
@Repository
public class ComplaintRepository {

  /** A line of the complaint's timeline. */
  public record Event(Instant occurredAt, String type, String description, String actor) {
  }

  /** A letter sent to the complainant, as rendered. */
  public record Letter(String kind, String recipient, String subject, String body, Instant createdAt) {
  }

  /** A deadline the process saw pass: whose, when due, when noticed and to whom the case went. */
  public record Breach(String stage, String responsible, Instant dueAt, Instant breachedAt, String escalatedTo) {
  }

  private final NamedParameterJdbcTemplate jdbc;

  ComplaintRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Complaint c, String idempotencyKey, String fingerprint, String submittedBy) {
    MapSqlParameterSource p = new MapSqlParameterSource()
        .addValue("number", c.complaintNumber()).addValue("channel", c.channel())
        .addValue("name", c.complainantName()).addValue("phone", c.complainantPhone())
        .addValue("email", c.complainantEmail()).addValue("count", c.complainantCount())
        .addValue("policy", c.policyNumber()).addValue("product", c.productName())
        .addValue("claim", c.claimNumber()).addValue("event", c.catastropheEventId())
        .addValue("cause", c.causeKey()).addValue("statedCategory", c.statedCategory())
        .addValue("subject", c.subject()).addValue("description", c.description())
        .addValue("requestedOutcome", c.requestedOutcome()).addValue("status", c.status().name())
        .addValue("receivedAt", Timestamp.from(c.receivedAt()))
        .addValue("idempotencyKey", idempotencyKey).addValue("fingerprint", fingerprint)
        .addValue("submittedBy", submittedBy);
    jdbc.update("""
        INSERT INTO complaint (complaint_number, channel, complainant_name, complainant_phone, complainant_email,
          complainant_count, policy_number, product_name, claim_number, catastrophe_event_id, cause_key,
          stated_category, subject, description, requested_outcome, status, received_at, idempotency_key,
          request_fingerprint, submitted_by, created_at, updated_at)
        VALUES (:number, :channel, :name, :phone, :email, :count, :policy, :product, :claim, :event, :cause,
          :statedCategory, :subject, :description, :requestedOutcome, :status, :receivedAt, :idempotencyKey,
          :fingerprint, :submittedBy, :receivedAt, :receivedAt)
        """, p);
  }

  public Optional<Complaint> find(String complaintNumber) {
    return jdbc.query("SELECT * FROM complaint WHERE complaint_number = :n", Map.of("n", complaintNumber), COMPLAINT)
        .stream().findFirst();
  }

  /** Locks the complaint row for the rest of the transaction, so concurrent changes to one complaint queue. */
  public Optional<Complaint> findForUpdate(String complaintNumber) {
    return jdbc.query("SELECT * FROM complaint WHERE complaint_number = :n FOR UPDATE", Map.of("n", complaintNumber),
        COMPLAINT).stream().findFirst();
  }

  /** The complaint an idempotent re-send refers to, with the fingerprint of the first request. */
  Optional<Map.Entry<String, String>> findByIdempotencyKey(String submittedBy, String idempotencyKey) {
    return jdbc.query("SELECT complaint_number, request_fingerprint FROM complaint WHERE submitted_by = :u "
        + "AND idempotency_key = :k", Map.of("u", submittedBy, "k", idempotencyKey),
        (rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).stream().findFirst();
  }

  /** Complaints with this cause (see {@link ComplaintCauses#condition}) received since {@code since}. */
  public int countWithCause(String causeKey, Instant since) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE " + ComplaintCauses.condition(causeKey)
        + " AND received_at >= :since", cause(causeKey).addValue("since", Timestamp.from(since)), Integer.class);
    return count == null ? 0 : count;
  }

  /** Product complaints (category PRODUCT) about this product received since {@code since}, but this one. */
  public int countProductComplaints(String productName, Instant since, String except) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE product_name = :product "
        + "AND category = 'PRODUCT' AND received_at >= :since AND complaint_number <> :except",
        new MapSqlParameterSource("product", productName).addValue("since", Timestamp.from(since))
            .addValue("except", except), Integer.class);
    return count == null ? 0 : count;
  }

  /** Complaints with this cause received since {@code since} that are in one of the given states, oldest first. */
  public List<String> withCause(String causeKey, Instant since, Collection<ComplaintStatus> statuses) {
    return jdbc.queryForList("SELECT complaint_number FROM complaint WHERE " + ComplaintCauses.condition(causeKey)
        + " AND received_at >= :since AND status IN (:statuses) AND crisis_incident_id IS NULL "
        + "ORDER BY received_at, complaint_number", cause(causeKey).addValue("since", Timestamp.from(since))
            .addValue("statuses", statuses.stream().map(Enum::name).toList()), String.class);
  }

  private static MapSqlParameterSource cause(String causeKey) {
    return new MapSqlParameterSource("causeKey", causeKey).addValue("causeValue", ComplaintCauses.value(causeKey));
  }

  /** The complaints linked to a crisis incident, oldest first. */
  public List<Complaint> ofIncident(String incidentId) {
    return jdbc.query("SELECT * FROM complaint WHERE crisis_incident_id = :id ORDER BY received_at, complaint_number",
        Map.of("id", incidentId), COMPLAINT);
  }

  /** Sets the given columns (names are code constants, never user input) and touches updated_at. */
  // --- what happens to a complaint, one named operation each (the columns are this class's business) -----

  /** The triage decided: category, urgency, who handles it and the two due dates; handling starts. */
  public void recordTriage(String complaintNumber, ComplaintTriage.Triage triage, Instant acknowledgementDue,
      Instant decisionDue, Instant now) {
    Map<String, Object> columns = new HashMap<>();
    columns.put("category", triage.category());
    columns.put("urgency", triage.urgency());
    columns.put("mass_complaint", triage.massComplaint());
    columns.put("triage_reason", triage.reason());
    columns.put("handling_group", triage.handlingGroup());
    columns.put("acknowledgement_due_at", acknowledgementDue);
    columns.put("decision_due_at", decisionDue);
    columns.put("status", ComplaintStatus.IN_HANDLING);
    update(complaintNumber, columns, now);
  }

  public void recordCause(String complaintNumber, String causeKey, Instant now) {
    update(complaintNumber, Map.of("cause_key", causeKey), now);
  }

  public void markAcknowledged(String complaintNumber, Instant now) {
    update(complaintNumber, Map.of("acknowledged_at", now), now);
  }

  public void recordResolution(String complaintNumber, String resolution, String resolvedBy, Instant now) {
    update(complaintNumber, Map.of("resolution", resolution, "resolved_by", resolvedBy, "resolved_at", now), now);
  }

  /** More time asked; the complaint waits for a supervisor when the extension needs approval. */
  public void recordExtensionRequest(String complaintNumber, String reason, boolean needsApproval, Instant now) {
    update(complaintNumber, needsApproval
        ? Map.of("extension_reason", reason, "status", ComplaintStatus.AWAITING_EXTENSION_APPROVAL)
        : Map.of("extension_reason", reason), now);
  }

  public void recordStatus(String complaintNumber, ComplaintStatus status, Instant now) {
    update(complaintNumber, Map.of("status", status), now);
  }

  public void recordExtension(String complaintNumber, Instant decisionDue, int extensionCount, ComplaintStatus status,
      Instant now) {
    update(complaintNumber, Map.of("decision_due_at", decisionDue, "extension_count", extensionCount, "status",
        status), now);
  }

  public void markEscalated(String complaintNumber, Instant now) {
    update(complaintNumber, Map.of("escalated", true, "status", ComplaintStatus.ESCALATED), now);
  }

  public void markInClaimReconsideration(String complaintNumber, Instant now) {
    update(complaintNumber, Map.of("status", ComplaintStatus.IN_CLAIM_RECONSIDERATION, "claim_reconsideration",
        "REQUESTED"), now);
  }

  public void recordClaimReconsideration(String complaintNumber, String outcome, String resolution, String panel,
      Instant now) {
    update(complaintNumber, Map.of("claim_reconsideration", outcome, "resolution", resolution, "resolved_by", panel,
        "resolved_at", now), now);
  }

  public void markResultSent(String complaintNumber, Instant feedbackDue, Instant now) {
    update(complaintNumber, Map.of("result_sent_at", now, "feedback_due_at", feedbackDue, "status",
        ComplaintStatus.RESULT_SENT), now);
  }

  /** The complainant's answer to the result; not satisfied puts the complaint in review. */
  public void recordFeedback(String complaintNumber, boolean satisfied, String comment, Instant now) {
    Map<String, Object> columns = new HashMap<>();
    columns.put("satisfied", satisfied);
    columns.put("feedback_comment", comment);
    columns.put("feedback_at", now);
    if (!satisfied) {
      columns.put("status", ComplaintStatus.IN_REVIEW);
    }
    update(complaintNumber, columns, now);
  }

  public void recordReview(String complaintNumber, String outcome, String comment, String reviewer, Instant now) {
    update(complaintNumber, Map.of("review_outcome", outcome, "review_comment", comment, "reviewed_by", reviewer,
        "reviewed_at", now), now);
  }

  public void markClosed(String complaintNumber, String reason, Instant now) {
    update(complaintNumber, Map.of("status", ComplaintStatus.CLOSED, "close_reason", reason, "closed_at", now), now);
  }

  /** Joined to a crisis incident: the crisis team answers it, with the incident's response if it has one. */
  public void linkToCrisisIncident(String complaintNumber, String incidentId, String response, String respondedBy,
      Instant now) {
    Map<String, Object> columns = new HashMap<>();
    columns.put("crisis_incident_id", incidentId);
    columns.put("status", ComplaintStatus.IN_CRISIS_HANDLING);
    if (response != null) {
      columns.put("resolution", response);
      columns.put("resolved_by", respondedBy);
      columns.put("resolved_at", now);
    }
    update(complaintNumber, columns, now);
  }

  private void update(String complaintNumber, Map<String, ?> columns, Instant now) {
    StringBuilder sql = new StringBuilder("UPDATE complaint SET updated_at = :updatedAt");
    MapSqlParameterSource p = new MapSqlParameterSource("complaintNumber", complaintNumber)
        .addValue("updatedAt", Timestamp.from(now));
    columns.forEach((column, value) -> {
      sql.append(", ").append(column).append(" = :").append(column);
      p.addValue(column, value instanceof Instant instant ? Timestamp.from(instant)
          : value instanceof Enum<?> e ? e.name() : value);
    });
    jdbc.update(sql.append(" WHERE complaint_number = :complaintNumber").toString(), p);
  }

  public void addEvent(String complaintNumber, Instant at, String type, String description, String actor) {
    jdbc.update("INSERT INTO complaint_event (event_id, complaint_number, occurred_at, event_type, description, actor) "
        + "VALUES (:id, :n, :at, :type, :description, :actor)", new MapSqlParameterSource()
            .addValue("id", UUID.randomUUID().toString()).addValue("n", complaintNumber)
            .addValue("at", Timestamp.from(at)).addValue("type", type).addValue("description",
                ColumnText.fit(description, EVENT_DESCRIPTION_LENGTH))
            .addValue("actor", actor));
  }

  /** Event descriptions are narratives with a prefix; the full texts live in their own columns. */
  static final int EVENT_DESCRIPTION_LENGTH = 4000;

  public List<Event> events(String complaintNumber) {
    return jdbc.query("SELECT * FROM complaint_event WHERE complaint_number = :n ORDER BY seq",
        Map.of("n", complaintNumber), (rs, i) -> new Event(instant(rs, "occurred_at"), rs.getString("event_type"),
            rs.getString("description"), rs.getString("actor")));
  }

  /** Stores a letter and returns its id. */
  public String addLetter(String complaintNumber, Letter letter) {
    String letterId = UUID.randomUUID().toString();
    jdbc.update("INSERT INTO complaint_letter (letter_id, complaint_number, kind, recipient, subject, body, "
        + "created_at) VALUES (:id, :n, :kind, :recipient, :subject, :body, :at)", new MapSqlParameterSource()
            .addValue("id", letterId).addValue("n", complaintNumber)
            .addValue("kind", letter.kind()).addValue("recipient", letter.recipient())
            .addValue("subject", letter.subject()).addValue("body", letter.body())
            .addValue("at", Timestamp.from(letter.createdAt())));
    return letterId;
  }

  /** The account that submitted the complaint (a channel system or a staff member). */
  public Optional<String> submittedBy(String complaintNumber) {
    return jdbc.query("SELECT submitted_by FROM complaint WHERE complaint_number = :n", Map.of("n", complaintNumber),
        (rs, i) -> rs.getString(1)).stream().filter(java.util.Objects::nonNull).findFirst();
  }

  public List<Letter> letters(String complaintNumber) {
    return jdbc.query("SELECT * FROM complaint_letter WHERE complaint_number = :n ORDER BY seq",
        Map.of("n", complaintNumber), (rs, i) -> new Letter(rs.getString("kind"), rs.getString("recipient"),
            rs.getString("subject"), rs.getString("body"), instant(rs, "created_at")));
  }

  public void addBreach(String complaintNumber, Breach breach) {
    jdbc.update("INSERT INTO complaint_deadline_breach (breach_id, complaint_number, stage, responsible, due_at, "
        + "breached_at, escalated_to) VALUES (:id, :n, :stage, :responsible, :due, :at, :to)",
        new MapSqlParameterSource().addValue("id", UUID.randomUUID().toString()).addValue("n", complaintNumber)
            .addValue("stage", breach.stage()).addValue("responsible", breach.responsible())
            .addValue("due", Timestamp.from(breach.dueAt())).addValue("at", Timestamp.from(breach.breachedAt()))
            .addValue("to", breach.escalatedTo()));
  }

  public List<Breach> breaches(String complaintNumber) {
    return jdbc.query("SELECT * FROM complaint_deadline_breach WHERE complaint_number = :n ORDER BY seq",
        Map.of("n", complaintNumber), (rs, i) -> new Breach(rs.getString("stage"), rs.getString("responsible"),
            instant(rs, "due_at"), instant(rs, "breached_at"), rs.getString("escalated_to")));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static Boolean nullableBoolean(ResultSet rs, String column) throws SQLException {
    boolean value = rs.getBoolean(column);
    return rs.wasNull() ? null : value;
  }

  private static final RowMapper<Complaint> COMPLAINT = (rs, i) -> new Complaint(
      rs.getString("complaint_number"), rs.getString("channel"), rs.getString("complainant_name"),
      rs.getString("complainant_phone"), rs.getString("complainant_email"), rs.getInt("complainant_count"),
      rs.getString("policy_number"), rs.getString("product_name"), rs.getString("claim_number"),
      rs.getString("catastrophe_event_id"), rs.getString("cause_key"), rs.getString("stated_category"),
      rs.getString("category"), rs.getString("urgency"), rs.getBoolean("mass_complaint"),
      rs.getString("triage_reason"), rs.getString("handling_group"), rs.getString("subject"),
      rs.getString("description"), rs.getString("requested_outcome"), ComplaintStatus.valueOf(rs.getString("status")),
      instant(rs, "received_at"), instant(rs, "acknowledgement_due_at"), instant(rs, "acknowledged_at"),
      instant(rs, "decision_due_at"), rs.getInt("extension_count"), rs.getString("extension_reason"),
      rs.getBoolean("escalated"), rs.getString("crisis_incident_id"), rs.getString("claim_reconsideration"),
      rs.getString("resolution"), rs.getString("resolved_by"), instant(rs, "resolved_at"),
      instant(rs, "result_sent_at"), instant(rs, "feedback_due_at"), nullableBoolean(rs, "satisfied"),
      rs.getString("feedback_comment"), instant(rs, "feedback_at"), rs.getString("review_outcome"),
      rs.getString("review_comment"), rs.getString("reviewed_by"), instant(rs, "reviewed_at"),
      rs.getString("close_reason"), instant(rs, "closed_at"));
}
