package cn.insure.claims.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import cn.insure.claims.system.idempotency.IdempotentSubmissions;

/** Table {@code consultation}; one named operation per thing that happens to a consultation. */
@Repository
class ConsultationRepository {

  private final NamedParameterJdbcTemplate jdbc;

  ConsultationRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Consultation c, String idempotencyKey, String fingerprint) {
    jdbc.update("""
        INSERT INTO consultation (consultation_number, channel, submitted_by, idempotency_key, request_fingerprint,
          customer_name, customer_phone, policy_number, claim_number, topic, question, status, received_at,
          first_response_due, created_at, updated_at)
        VALUES (:n, :channel, :by, :key, :fingerprint, :name, :phone, :policy, :claim, :topic, :question, :status,
          :received, :due, :received, :received)""", new MapSqlParameterSource().addValue("n", c.consultationNumber())
        .addValue("channel", c.channel()).addValue("by", c.submittedBy()).addValue("key", idempotencyKey)
        .addValue("fingerprint", fingerprint).addValue("name", c.customerName()).addValue("phone", c.customerPhone())
        .addValue("policy", c.policyNumber()).addValue("claim", c.claimNumber()).addValue("topic", c.topic())
        .addValue("question", c.question()).addValue("status", c.status().name())
        .addValue("received", Timestamp.from(c.receivedAt())).addValue("due", Timestamp.from(c.firstResponseDue())));
  }

  Optional<Consultation> find(String consultationNumber) {
    return jdbc.query("SELECT * FROM consultation WHERE consultation_number = :n", Map.of("n", consultationNumber),
        (rs, i) -> consultation(rs)).stream().findFirst();
  }

  Optional<IdempotentSubmissions.Earlier<Consultation>> findByIdempotencyKey(String submittedBy, String key) {
    return jdbc.query("SELECT * FROM consultation WHERE submitted_by = :u AND idempotency_key = :k",
        Map.of("u", submittedBy, "k", key), (rs, i) -> new IdempotentSubmissions.Earlier<>(consultation(rs),
            rs.getString("request_fingerprint"))).stream().findFirst();
  }

  /** The first answer or hand-over by customer service stops the first-response clock (once). */
  void markFirstResponse(String n, String by, Instant at) {
    jdbc.update("UPDATE consultation SET first_responded_at = :at, first_responded_by = :by, updated_at = :at "
        + "WHERE consultation_number = :n AND first_responded_at IS NULL", params(n, at).addValue("by", by));
  }

  void markFirstResponseBreached(String n, Instant at) {
    jdbc.update("UPDATE consultation SET first_response_breached = TRUE, updated_at = :at WHERE consultation_number = :n",
        params(n, at));
  }

  void markHandedToAdvisor(String n, Instant at) {
    jdbc.update("UPDATE consultation SET handed_to_advisor = TRUE, status = 'WITH_ADVISOR', updated_at = :at "
        + "WHERE consultation_number = :n", params(n, at));
  }

  void markAnswered(String n, String by, String answer, Instant at) {
    jdbc.update("UPDATE consultation SET status = 'ANSWERED', resolution = 'ANSWERED', answered_by = :by, "
        + "answer = :answer, closed_at = :at, updated_at = :at WHERE consultation_number = :n",
        params(n, at).addValue("by", by).addValue("answer", answer));
  }

  void markTurnedIntoClaim(String n, String claimNumber, String by, Instant at) {
    jdbc.update("UPDATE consultation SET status = 'TURNED_INTO_CLAIM', resolution = 'LOSS_REPORT', answered_by = :by, "
        + "linked_claim_number = :claim, closed_at = :at, updated_at = :at WHERE consultation_number = :n",
        params(n, at).addValue("by", by).addValue("claim", claimNumber));
  }

  void markTurnedIntoComplaint(String n, String complaintNumber, String by, Instant at) {
    jdbc.update("UPDATE consultation SET status = 'TURNED_INTO_COMPLAINT', resolution = 'COMPLAINT', "
        + "answered_by = :by, linked_complaint_number = :complaint, closed_at = :at, updated_at = :at "
        + "WHERE consultation_number = :n", params(n, at).addValue("by", by).addValue("complaint", complaintNumber));
  }

  private static MapSqlParameterSource params(String n, Instant at) {
    return new MapSqlParameterSource().addValue("n", n).addValue("at", Timestamp.from(at));
  }

  private static Consultation consultation(ResultSet rs) throws SQLException {
    return new Consultation(rs.getString("consultation_number"), rs.getString("channel"), rs.getString("submitted_by"),
        rs.getString("customer_name"), rs.getString("customer_phone"), rs.getString("policy_number"),
        rs.getString("claim_number"), rs.getString("topic"), rs.getString("question"),
        ConsultationStatus.valueOf(rs.getString("status")), instant(rs, "received_at"),
        instant(rs, "first_response_due"), instant(rs, "first_responded_at"), rs.getString("first_responded_by"),
        rs.getBoolean("first_response_breached"), rs.getBoolean("handed_to_advisor"), rs.getString("answered_by"),
        rs.getString("answer"), rs.getString("resolution"), rs.getString("linked_claim_number"),
        rs.getString("linked_complaint_number"), instant(rs, "closed_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }
}
