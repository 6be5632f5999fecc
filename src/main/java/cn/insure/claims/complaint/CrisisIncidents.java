package cn.insure.claims.complaint;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import cn.insure.claims.numbering.CaseNumbers;

/**
 * Groups major and mass complaints into crisis incidents and answers them from there. A major
 * complaint joins the incident of its cause that is still collecting (opened within the grouping
 * window and not closed), or opens one and starts its {@code crisisIncident} process; opening pulls
 * in the complaints with the same cause still being handled one by one. When the crisis team has
 * answered, every linked complaint is answered with the same words, also those that join later.
 */
@Service
public class CrisisIncidents {

  /** Incident numbers: CRI-YYYYMMDD-NNNNNN, from the same day counters as claims and complaints. */
  static final String PREFIX = "CRI";

  /** The incident a complaint was linked to, whether linking opened it. */
  public record Linked(CrisisIncident incident, boolean opened) {
  }

  private static final List<ComplaintStatus> HANDLED_ONE_BY_ONE = List.of(ComplaintStatus.IN_HANDLING,
      ComplaintStatus.ESCALATED, ComplaintStatus.AWAITING_EXTENSION_APPROVAL);

  private final NamedParameterJdbcTemplate jdbc;
  private final ComplaintRepository complaints;
  private final ComplaintCauses causes;
  private final ComplaintClocks clocks;
  private final CaseNumbers caseNumbers;
  private final ComplaintProcess complaintProcess;
  private final CrisisProcess crisisProcess;
  private final Clock clock;

  CrisisIncidents(NamedParameterJdbcTemplate jdbc, ComplaintRepository complaints, ComplaintCauses causes,
      ComplaintClocks clocks, CaseNumbers caseNumbers, ComplaintProcess complaintProcess,
      CrisisProcess crisisProcess, Clock clock) {
    this.jdbc = jdbc;
    this.complaints = complaints;
    this.causes = causes;
    this.clocks = clocks;
    this.caseNumbers = caseNumbers;
    this.complaintProcess = complaintProcess;
    this.crisisProcess = crisisProcess;
    this.clock = clock;
  }

  public Optional<CrisisIncident> find(String incidentId) {
    return jdbc.query("SELECT i.*, c.description AS cause_description FROM crisis_incident i JOIN complaint_cause c "
        + "ON c.cause_key = i.cause_key WHERE i.incident_id = :id", Map.of("id", incidentId), INCIDENT).stream()
        .findFirst();
  }

  public CrisisIncident require(String incidentId) {
    return find(incidentId).orElseThrow(() -> new IllegalStateException("No crisis incident " + incidentId));
  }

  /** The incident of this cause that still collects complaints, if any. */
  Optional<CrisisIncident> collecting(String causeKey, Instant now) {
    return jdbc.query("SELECT i.*, c.description AS cause_description FROM crisis_incident i JOIN complaint_cause c "
        + "ON c.cause_key = i.cause_key WHERE i.cause_key = :cause AND i.status <> 'CLOSED' "
        + "AND i.joinable_until >= :now ORDER BY i.opened_at DESC", new MapSqlParameterSource("cause", causeKey)
            .addValue("now", Timestamp.from(now)), INCIDENT).stream().findFirst();
  }

  /**
   * Links a major complaint to the incident of its cause, opening one if none collects. Locks the
   * cause, so that concurrent complaints with one cause end up in one incident.
   */
  public Linked link(String complaintNumber) {
    Complaint complaint = complaints.find(complaintNumber).orElseThrow();
    Instant now = clock.instant();
    ComplaintCauses.Cause cause;
    if (complaint.causeKey() == null) {
      cause = ComplaintCauses.ofComplaint(complaintNumber);
      causes.ensure(cause, now);
    } else {
      cause = causes.find(complaint.causeKey());
    }
    causes.lock(cause.key());
    Optional<CrisisIncident> collecting = collecting(cause.key(), now);
    CrisisIncident incident = collecting.orElseGet(() -> open(complaint, cause, now));
    attach(complaint, incident, now);
    if (collecting.isEmpty()) {
      crisisProcess.start(incident, linkedComplaintsText(incident.incidentId()));
      pullIn(incident, now);
    } else {
      refreshLinkedComplaints(incident.incidentId());
    }
    return new Linked(require(incident.incidentId()), collecting.isEmpty());
  }

  private CrisisIncident open(Complaint lead, ComplaintCauses.Cause cause, Instant now) {
    String incidentId = caseNumbers.next(PREFIX);
    jdbc.update("INSERT INTO crisis_incident (incident_id, cause_key, lead_complaint_number, status, opened_at, "
        + "joinable_until, response_due_at) VALUES (:id, :cause, :lead, 'OPEN', :now, :until, :due)",
        new MapSqlParameterSource().addValue("id", incidentId).addValue("cause", cause.key())
            .addValue("lead", lead.complaintNumber()).addValue("now", Timestamp.from(now))
            .addValue("until", Timestamp.from(clocks.crisisJoinableUntil(now)))
            .addValue("due", Timestamp.from(lead.decisionDueAt() == null ? now : lead.decisionDueAt())));
    complaints.addEvent(lead.complaintNumber(), now, "CRISIS_INCIDENT_OPENED", "开立危机事件 " + incidentId
        + "（" + cause.description() + "） Crisis incident opened", null);
    return require(incidentId);
  }

  private void attach(Complaint complaint, CrisisIncident incident, Instant now) {
    complaints.linkToCrisisIncident(complaint.complaintNumber(), incident.incidentId(),
        incident.answered() ? incident.response() : null, incident.respondedBy(), now);
    complaints.addEvent(complaint.complaintNumber(), now, "CRISIS_INCIDENT_LINKED", "并入危机事件 "
        + incident.incidentId() + "，由危机处理小组统一处理 Linked to crisis incident; the crisis team answers it", null);
    if (incident.answered()) {
      complaints.addEvent(complaint.complaintNumber(), now, "CRISIS_ANSWERED", "按危机事件 " + incident.incidentId()
          + " 的统一答复处理 Answered with the crisis incident's response", incident.respondedBy());
    }
  }

  /** Complaints with the same cause already being handled one by one within the window join the new incident. */
  private void pullIn(CrisisIncident incident, Instant now) {
    if (incident.causeKey().startsWith("COMPLAINT:")) {
      return;
    }
    for (String number : complaints.withCause(incident.causeKey(), clocks.crisisWindowStart(now), HANDLED_ONE_BY_ONE)) {
      if (complaintProcess.canJoinCrisisIncident(number)) {
        attach(complaints.find(number).orElseThrow(), incident, now);
        complaintProcess.linkedToCrisisIncident(number, incident.incidentId());
      }
    }
    refreshLinkedComplaints(incident.incidentId());
  }

  public void recordAssessment(String incidentId, String actor, String assessment) {
    update(incidentId, "assessment = :text, assessed_by = :actor", assessment, actor);
  }

  public void recordResponse(String incidentId, String actor, String response) {
    update(incidentId, "response = :text, responded_by = :actor", response, actor);
  }

  /**
   * The crisis team's response becomes the resolution of every linked complaint still waiting for
   * it; each of their processes moves on to its result letter. Returns their numbers.
   */
  public List<String> answerLinkedComplaints(String incidentId) {
    CrisisIncident incident = require(incidentId);
    Instant now = clock.instant();
    jdbc.update("UPDATE crisis_incident SET status = 'ANSWERED', responded_at = :now WHERE incident_id = :id",
        new MapSqlParameterSource("id", incidentId).addValue("now", Timestamp.from(now)));
    List<String> answered = complaints.ofIncident(incidentId).stream()
        .filter(c -> c.status() == ComplaintStatus.IN_CRISIS_HANDLING && c.resolution() == null)
        .map(Complaint::complaintNumber).toList();
    for (String number : answered) {
      complaints.recordResolution(number, incident.response(), incident.respondedBy(), now);
      complaints.addEvent(number, now, "CRISIS_ANSWERED", "危机处理小组统一答复（事件 " + incidentId
          + "） Answered by the crisis team", incident.respondedBy());
      complaintProcess.crisisIncidentAnswered(number, incident.response(), incident.respondedBy());
    }
    return answered;
  }

  public void recordCommunication(String incidentId, String actor, String communication, boolean mediaStatement) {
    jdbc.update("UPDATE crisis_incident SET communication = :text, media_statement_issued = :media, "
        + "communicated_by = :actor WHERE incident_id = :id", new MapSqlParameterSource("id", incidentId)
            .addValue("text", communication).addValue("media", mediaStatement).addValue("actor", actor));
  }

  public void recordSummary(String incidentId, String actor, String rootCause, String correctiveAction) {
    jdbc.update("UPDATE crisis_incident SET root_cause = :cause, corrective_action = :action, summarised_by = :actor "
        + "WHERE incident_id = :id", new MapSqlParameterSource("id", incidentId).addValue("cause", rootCause)
            .addValue("action", correctiveAction).addValue("actor", actor));
  }

  /** Closes the incident: it collects no more complaints; its summary stays for the analysis of causes. */
  public void close(String incidentId) {
    Instant now = clock.instant();
    jdbc.update("UPDATE crisis_incident SET status = 'CLOSED', closed_at = :now WHERE incident_id = :id",
        new MapSqlParameterSource("id", incidentId).addValue("now", Timestamp.from(now)));
    CrisisIncident incident = require(incidentId);
    for (Complaint complaint : complaints.ofIncident(incidentId)) {
      complaints.addEvent(complaint.complaintNumber(), now, "CRISIS_INCIDENT_CLOSED", "危机事件 " + incidentId
          + " 已总结整改：" + incident.correctiveAction() + " Crisis incident closed with its corrective action", null);
    }
  }

  /** The linked complaints, one a line, for the crisis team's forms. */
  public String linkedComplaintsText(String incidentId) {
    return linkedComplaintsText(complaints.ofIncident(incidentId));
  }

  private static String linkedComplaintsText(List<Complaint> linked) {
    return linked.stream()
        .map(c -> c.complaintNumber() + " · " + c.complainantName() + "（" + c.complainantCount() + "人）· "
            + c.subject() + " · " + c.status().chinese())
        .collect(Collectors.joining("\n"));
  }

  private void refreshLinkedComplaints(String incidentId) {
    List<Complaint> linked = complaints.ofIncident(incidentId);
    crisisProcess.linkedComplaintsChanged(incidentId, linkedComplaintsText(linked), linked.size());
  }

  private void update(String incidentId, String assignments, String text, String actor) {
    jdbc.update("UPDATE crisis_incident SET " + assignments + " WHERE incident_id = :id",
        new MapSqlParameterSource("id", incidentId).addValue("text", text).addValue("actor", actor));
  }

  private static final RowMapper<CrisisIncident> INCIDENT = (rs, i) -> new CrisisIncident(
      rs.getString("incident_id"), rs.getString("cause_key"), rs.getString("cause_description"),
      rs.getString("lead_complaint_number"), rs.getString("status"), ComplaintRepository.instant(rs, "opened_at"),
      ComplaintRepository.instant(rs, "joinable_until"), ComplaintRepository.instant(rs, "response_due_at"),
      rs.getString("assessment"), rs.getString("assessed_by"), rs.getString("response"),
      rs.getString("responded_by"), ComplaintRepository.instant(rs, "responded_at"), rs.getString("communication"),
      (Boolean) rs.getObject("media_statement_issued"), rs.getString("communicated_by"), rs.getString("root_cause"),
      rs.getString("corrective_action"), rs.getString("summarised_by"), ComplaintRepository.instant(rs, "closed_at"));

}
