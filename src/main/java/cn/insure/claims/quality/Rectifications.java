package cn.insure.claims.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rectification (整改) of a spot-check finding (table {@code rectification}): due
 * {@code claims.quality.rectification-period} (default 10 days) after the finding, verified by a
 * quality inspector other than the one who raised it; a rectification found insufficient is reopened
 * with a new deadline.
 */
@Service
public class Rectifications {

  /** A rectification as stored; status OPEN, RECTIFIED, VERIFIED or REOPENED. */
  public record Rectification(String rectificationId, String caseType, String caseNumber, String finding,
      String raisedBy, Instant raisedAt, Instant dueAt, String rectification, String rectifiedBy, String verifiedBy,
      boolean overdue, String status) {
  }

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;
  private final Duration period;

  Rectifications(NamedParameterJdbcTemplate jdbc, Clock clock,
      @Value("${claims.quality.rectification-period:P10D}") Duration period) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.period = period;
  }

  @Transactional
  public Rectification open(String caseType, String caseNumber, String finding, String raisedBy) {
    String id = UUID.randomUUID().toString();
    Instant now = clock.instant();
    jdbc.update("INSERT INTO rectification (rectification_id, case_type, case_number, finding, raised_by, raised_at, "
        + "due_at, status) VALUES (:id, :type, :n, :finding, :by, :at, :due, 'OPEN')", new MapSqlParameterSource()
            .addValue("id", id).addValue("type", caseType).addValue("n", caseNumber).addValue("finding", finding)
            .addValue("by", raisedBy).addValue("at", Timestamp.from(now)).addValue("due", Timestamp.from(now.plus(period))));
    return require(id);
  }

  @Transactional
  public void recordRectified(String id, String rectification, String by) {
    Instant now = clock.instant();
    jdbc.update("UPDATE rectification SET rectification = :text, rectified_by = :by, responsible_user = :by, "
        + "rectified_at = :at, status = 'RECTIFIED' WHERE rectification_id = :id", new MapSqlParameterSource()
            .addValue("id", id).addValue("text", rectification).addValue("by", by).addValue("at", Timestamp.from(now)));
  }

  /**
   * The verification; refused (IllegalStateException) for the inspector who raised the finding.
   * Returns the new deadline when the rectification is insufficient, or null when it is verified.
   */
  @Transactional
  public Instant verify(String id, boolean effective, String by) {
    Rectification r = require(id);
    if (by.equals(r.raisedBy())) {
      throw new IllegalStateException("提出问题的质检员不得验证整改 The quality inspector who raised the finding ("
          + by + ") may not verify its rectification");
    }
    Instant now = clock.instant();
    Instant newDue = effective ? null : now.plus(period);
    jdbc.update("UPDATE rectification SET verified_by = :by, verified_at = :at, status = :status, "
        + "due_at = COALESCE(:due, due_at) WHERE rectification_id = :id", new MapSqlParameterSource()
            .addValue("id", id).addValue("by", by).addValue("at", Timestamp.from(now))
            .addValue("status", effective ? "VERIFIED" : "REOPENED")
            .addValue("due", newDue == null ? null : Timestamp.from(newDue)));
    return newDue;
  }

  @Transactional
  public void markOverdue(String id) {
    jdbc.update("UPDATE rectification SET overdue = TRUE WHERE rectification_id = :id", Map.of("id", id));
  }

  public Rectification require(String id) {
    return find(id).orElseThrow(() -> new IllegalStateException("No rectification " + id));
  }

  public Optional<Rectification> find(String id) {
    return jdbc.query("SELECT * FROM rectification WHERE rectification_id = :id", Map.of("id", id),
        (rs, i) -> rectification(rs)).stream().findFirst();
  }

  private static Rectification rectification(ResultSet rs) throws SQLException {
    return new Rectification(rs.getString("rectification_id"), rs.getString("case_type"), rs.getString("case_number"),
        rs.getString("finding"), rs.getString("raised_by"), rs.getTimestamp("raised_at").toInstant(),
        rs.getTimestamp("due_at").toInstant(), rs.getString("rectification"), rs.getString("rectified_by"),
        rs.getString("verified_by"), rs.getBoolean("overdue"), rs.getString("status"));
  }
}
