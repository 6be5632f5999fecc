package cn.insure.claims.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The quarterly service-quality evaluation's records: the kept report of each quarter and its
 * improvement actions (corrective_action, source QUALITY_EVALUATION) with owner, due date, result
 * and verification.
 */
@Service
@Transactional
public class QualityEvaluations {

  public static final String SOURCE = "QUALITY_EVALUATION";

  /** An improvement action as the analyst writes it: one line "what | owner | due date". */
  public record PlannedAction(String description, String owner, LocalDate due) {
  }

  /** A kept quarterly report, as listed. */
  public record KeptReport(String reportId, String period, String processInstanceId, Instant compiledAt,
      String status, String approvedBy, Instant approvedAt, String findings) {
  }

  private final NamedParameterJdbcTemplate jdbc;
  private final ServiceQualityReports reports;
  private final ObjectMapper objectMapper;
  private final Clock clock;

  QualityEvaluations(NamedParameterJdbcTemplate jdbc, ServiceQualityReports reports, ObjectMapper objectMapper,
      Clock clock) {
    this.jdbc = jdbc;
    this.reports = reports;
    this.objectMapper = objectMapper;
    this.clock = clock;
  }

  /** The quarter an evaluation started now looks at: the last complete quarter. */
  public String quarterToEvaluate() {
    ReportPeriod current = ReportPeriod.quarterOf(clock.instant(), reports.zone());
    return ReportPeriod.quarterOf(current.start().minusSeconds(1), reports.zone()).label();
  }

  /** The last second of a due day in the reporting zone, ISO 8601 with offset (a task due date). */
  public String endOfDay(LocalDate day) {
    return day.atTime(23, 59, 59).atZone(reports.zone()).toOffsetDateTime().toString();
  }

  /** Compiles the quarter's service-quality report and keeps it; returns the report id. */
  public String compileAndKeep(String period, String processInstanceId, String scope, String targets) {
    Report report = reports.serviceQuality(reports.period(period));
    String id = UUID.randomUUID().toString();
    String json;
    try {
      json = objectMapper.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("report not serialisable", e);
    }
    jdbc.update("INSERT INTO quality_report (report_id, period, process_instance_id, compiled_at, report_json, scope, "
        + "targets, status) VALUES (:id, :period, :pi, :at, :json, :scope, :targets, 'COMPILED')",
        new MapSqlParameterSource("id", id).addValue("period", period).addValue("pi", processInstanceId)
            .addValue("at", Timestamp.from(clock.instant())).addValue("json", json).addValue("scope", scope)
            .addValue("targets", targets));
    return id;
  }

  /** The headline indicators of a kept report, one line each, for the analyst's and approver's forms. */
  public String summary(String reportId) {
    String json = jdbc.queryForObject("SELECT report_json FROM quality_report WHERE report_id = :id",
        new MapSqlParameterSource("id", reportId), String.class);
    try {
      Report report = objectMapper.readValue(json, Report.class);
      StringBuilder text = new StringBuilder();
      for (var row : report.sheet("indicators").rows()) {
        text.append(row.get("name")).append(": ").append(row.get("value") == null ? "—" : row.get("value"))
            .append(row.get("target") == null ? "" : " (目标 target " + row.get("target") + ")").append('\n');
      }
      return text.toString();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("kept report unreadable", e);
    }
  }

  public void recordFindings(String reportId, String findings) {
    jdbc.update("UPDATE quality_report SET findings = :findings WHERE report_id = :id",
        new MapSqlParameterSource("id", reportId).addValue("findings", findings));
  }

  public void recordApproval(String reportId, String approvedBy, boolean approved, String comment) {
    jdbc.update("UPDATE quality_report SET status = :status, approved_by = :by, approved_at = :at, "
        + "approval_comment = :comment WHERE report_id = :id", new MapSqlParameterSource("id", reportId)
            .addValue("status", approved ? "APPROVED" : "COMPILED").addValue("by", approvedBy)
            .addValue("at", Timestamp.from(clock.instant())).addValue("comment", comment));
  }

  /** Creates the approved improvement actions; returns their ids in the order given. */
  public List<String> createActions(String period, List<PlannedAction> actions, String createdBy) {
    List<String> ids = new ArrayList<>();
    for (PlannedAction action : actions) {
      String id = UUID.randomUUID().toString();
      jdbc.update("INSERT INTO corrective_action (action_id, source, period, description, owner_user, due_at, "
          + "created_by, created_at, status) VALUES (:id, :source, :period, :description, :owner, :due, :by, :at, 'OPEN')",
          new MapSqlParameterSource("id", id).addValue("source", SOURCE).addValue("period", period)
              .addValue("description", action.description()).addValue("owner", action.owner())
              .addValue("due", Timestamp.from(action.due().plusDays(1).atStartOfDay(reports.zone()).toInstant()))
              .addValue("by", createdBy).addValue("at", Timestamp.from(clock.instant())));
      ids.add(id);
    }
    return ids;
  }

  public void recordActionDone(String actionId, String doneBy, String result) {
    jdbc.update("UPDATE corrective_action SET status = 'DONE', done_at = :at, done_by = :by, result = :result "
        + "WHERE action_id = :id", new MapSqlParameterSource("id", actionId).addValue("by", doneBy)
            .addValue("at", Timestamp.from(clock.instant())).addValue("result", result));
  }

  public void recordVerification(List<String> actionIds, String verifiedBy, boolean effective) {
    for (String id : actionIds) {
      jdbc.update("UPDATE corrective_action SET status = :status, verified_at = :at, verified_by = :by, "
          + "effective = :effective WHERE action_id = :id", new MapSqlParameterSource("id", id)
              .addValue("status", effective ? "EFFECTIVE" : "NOT_EFFECTIVE").addValue("by", verifiedBy)
              .addValue("at", Timestamp.from(clock.instant())).addValue("effective", effective));
    }
  }

  @Transactional(readOnly = true)
  public List<KeptReport> keptReports() {
    return jdbc.query("SELECT report_id, period, process_instance_id, compiled_at, status, approved_by, approved_at, "
        + "findings FROM quality_report ORDER BY period DESC, compiled_at DESC", (rs, i) -> new KeptReport(
            rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5),
            rs.getString(6), rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), rs.getString(8)));
  }

  /**
   * Reads the analyst's improvement actions: one per line, "what | owner user id | yyyy-MM-dd".
   *
   * @throws IllegalArgumentException naming the line that does not read
   */
  public static List<PlannedAction> parseActions(String text) {
    List<PlannedAction> actions = new ArrayList<>();
    if (text == null) {
      return actions;
    }
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\\|");
      if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new IllegalArgumentException("line " + (i + 1) + " is not \"措施 what | 负责人 owner | 期限 yyyy-MM-dd\"");
      }
      try {
        actions.add(new PlannedAction(parts[0].trim(), parts[1].trim(), LocalDate.parse(parts[2].trim())));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("line " + (i + 1) + ": due date '" + parts[2].trim()
            + "' is not yyyy-MM-dd");
      }
    }
    return actions;
  }
}
