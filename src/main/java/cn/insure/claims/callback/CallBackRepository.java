package cn.insure.claims.callback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Table {@code call_back}; one named operation per thing that happens to a call-back. */
@Repository
class CallBackRepository {

  private final NamedParameterJdbcTemplate jdbc;

  CallBackRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insertSelected(String id, String caseType, String caseNumber, String reason, Instant at) {
    jdbc.update("INSERT INTO call_back (call_back_id, case_type, case_number, selection_reason, started_at) "
        + "VALUES (:id, :type, :n, :reason, :at)", new MapSqlParameterSource().addValue("id", id)
            .addValue("type", caseType).addValue("n", caseNumber).addValue("reason", reason)
            .addValue("at", Timestamp.from(at)));
  }

  Optional<CallBack> find(String callBackId) {
    return jdbc.query("SELECT * FROM call_back WHERE call_back_id = :id", Map.of("id", callBackId),
        (rs, i) -> callBack(rs)).stream().findFirst();
  }

  Optional<CallBack> findByCase(String caseType, String caseNumber) {
    return jdbc.query("SELECT * FROM call_back WHERE case_type = :type AND case_number = :n",
        Map.of("type", caseType, "n", caseNumber), (rs, i) -> callBack(rs)).stream().findFirst();
  }

  void recordUnansweredAttempt(String id, String by) {
    jdbc.update("UPDATE call_back SET attempts = attempts + 1, called_by = :by WHERE call_back_id = :id",
        Map.of("id", id, "by", by));
  }

  void recordReached(String id, Answers a, String by, Instant at) {
    jdbc.update("""
        UPDATE call_back SET attempts = attempts + 1, outcome = 'REACHED', overall_satisfaction = :overall,
          speed_score = :speed, attitude_score = :attitude, clarity_score = :clarity, contact_changed = :changed,
          customer_comment = :comment, follow_up_opened = :followUp, called_by = :by, completed_at = :at
        WHERE call_back_id = :id""", new MapSqlParameterSource().addValue("id", id)
        .addValue("overall", a.overallSatisfaction()).addValue("speed", a.speedScore())
        .addValue("attitude", a.attitudeScore()).addValue("clarity", a.clarityScore())
        .addValue("changed", a.contactChanged()).addValue("comment", a.customerComment())
        .addValue("followUp", a.followUpNeeded()).addValue("by", by).addValue("at", Timestamp.from(at)));
  }

  void recordNotReached(String id, Instant at) {
    jdbc.update("UPDATE call_back SET outcome = 'NOT_REACHED', completed_at = :at WHERE call_back_id = :id",
        new MapSqlParameterSource().addValue("id", id).addValue("at", Timestamp.from(at)));
  }

  void recordFollowUp(String id, String note, String by, Instant at) {
    jdbc.update("UPDATE call_back SET follow_up_note = :note, follow_up_by = :by, follow_up_at = :at "
        + "WHERE call_back_id = :id", new MapSqlParameterSource().addValue("id", id).addValue("note", note)
            .addValue("by", by).addValue("at", Timestamp.from(at)));
  }

  void linkComplaint(String id, String complaintNumber) {
    jdbc.update("UPDATE call_back SET linked_complaint_number = :c WHERE call_back_id = :id",
        Map.of("id", id, "c", complaintNumber));
  }

  /** The questionnaire as customer service filled it in. */
  record Answers(int overallSatisfaction, int speedScore, int attitudeScore, int clarityScore, boolean contactChanged,
      String customerComment, boolean followUpNeeded) {
  }

  private static CallBack callBack(ResultSet rs) throws SQLException {
    return new CallBack(rs.getString("call_back_id"), rs.getString("case_type"), rs.getString("case_number"),
        rs.getString("selection_reason"), instant(rs, "started_at"), rs.getInt("attempts"), rs.getString("outcome"),
        integer(rs, "overall_satisfaction"), integer(rs, "speed_score"), integer(rs, "attitude_score"),
        integer(rs, "clarity_score"), (Boolean) rs.getObject("contact_changed"), rs.getString("customer_comment"),
        rs.getBoolean("follow_up_opened"), rs.getString("linked_complaint_number"), rs.getString("called_by"),
        instant(rs, "completed_at"), rs.getString("follow_up_note"), rs.getString("follow_up_by"),
        instant(rs, "follow_up_at"));
  }

  private static Integer integer(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }
}
