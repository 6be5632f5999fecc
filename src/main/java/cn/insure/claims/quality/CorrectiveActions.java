package cn.insure.claims.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrective actions (整改措施) of the complaint cause analysis (table {@code corrective_action}): an
 * owner (group, optionally a person), a deadline, the result, and whether it worked, checked one
 * period later.
 */
@Service
public class CorrectiveActions {

  public static final String COMPLAINT_CAUSE_ANALYSIS = "COMPLAINT_CAUSE_ANALYSIS";

  /** An action as recorded by the analysis. */
  public record Plan(String description, String ownerGroup, String ownerUser, Instant dueAt) {
  }

  /** A corrective action as stored; status OPEN, DONE, EFFECTIVE or NOT_EFFECTIVE. */
  public record Action(String actionId, String source, String period, String description, String ownerGroup,
      String ownerUser, Instant dueAt, String createdBy, String result, String doneBy, Boolean effective,
      String verifiedBy, String status) {
  }

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  CorrectiveActions(NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional
  public List<String> record(String period, List<Plan> plans, String by) {
    Instant now = clock.instant();
    return plans.stream().map(plan -> {
      String id = UUID.randomUUID().toString();
      jdbc.update("INSERT INTO corrective_action (action_id, source, period, description, owner_group, owner_user, "
          + "due_at, created_by, created_at, status) VALUES (:id, :source, :period, :description, :group, :user, :due, "
          + ":by, :at, 'OPEN')", new MapSqlParameterSource().addValue("id", id)
              .addValue("source", COMPLAINT_CAUSE_ANALYSIS).addValue("period", period)
              .addValue("description", plan.description()).addValue("group", plan.ownerGroup())
              .addValue("user", plan.ownerUser()).addValue("due", Timestamp.from(plan.dueAt())).addValue("by", by)
              .addValue("at", Timestamp.from(now)));
      return id;
    }).toList();
  }

  @Transactional
  public void recordDone(String id, String result, String by) {
    jdbc.update("UPDATE corrective_action SET result = :result, done_by = :by, done_at = :at, status = 'DONE' "
        + "WHERE action_id = :id", new MapSqlParameterSource().addValue("id", id).addValue("result", result)
            .addValue("by", by).addValue("at", Timestamp.from(clock.instant())));
  }

  @Transactional
  public void recordVerified(String id, boolean effective, String by) {
    jdbc.update("UPDATE corrective_action SET effective = :effective, verified_by = :by, verified_at = :at, "
        + "status = :status WHERE action_id = :id", new MapSqlParameterSource().addValue("id", id)
            .addValue("effective", effective).addValue("by", by).addValue("at", Timestamp.from(clock.instant()))
            .addValue("status", effective ? "EFFECTIVE" : "NOT_EFFECTIVE"));
  }

  public Action require(String id) {
    return find(id).orElseThrow(() -> new IllegalStateException("No corrective action " + id));
  }

  public Optional<Action> find(String id) {
    return jdbc.query("SELECT * FROM corrective_action WHERE action_id = :id", Map.of("id", id),
        (rs, i) -> action(rs)).stream().findFirst();
  }

  public List<Action> ofPeriod(String period) {
    return jdbc.query("SELECT * FROM corrective_action WHERE period = :p ORDER BY created_at, description",
        Map.of("p", period), (rs, i) -> action(rs));
  }

  private static Action action(ResultSet rs) throws SQLException {
    return new Action(rs.getString("action_id"), rs.getString("source"), rs.getString("period"),
        rs.getString("description"), rs.getString("owner_group"), rs.getString("owner_user"),
        rs.getTimestamp("due_at").toInstant(), rs.getString("created_by"), rs.getString("result"),
        rs.getString("done_by"), (Boolean) rs.getObject("effective"), rs.getString("verified_by"),
        rs.getString("status"));
  }
}
