package cn.insure.claims.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.insure.claims.system.feedback.CustomerFeedback;
import cn.insure.claims.system.privacy.PersonalData;

/**
 * A complaint as the API shows it to channels and staff: where it stands, in words, its clock and
 * every deadline breach, with personal data masked (also inside the complainant's own words). Staff
 * also see the call-back after the complaint was closed ({@code callBack}).
 */
public record ComplaintView(
    String complaintNumber,
    String channel,
    String status,
    Stage stage,
    String category,
    String urgency,
    boolean massComplaint,
    String triageReason,
    String handlingGroup,
    Complainant complainant,
    String policyNumber,
    String claimNumber,
    String subject,
    String description,
    String requestedOutcome,
    DueDates dueDates,
    int extensions,
    Escalation escalation,
    CrisisIncidentLink crisisIncident,
    String claimReconsideration,
    Resolution resolution,
    Feedback feedback,
    Review review,
    List<Letter> letters,
    List<TimelineEntry> timeline,
    Instant receivedAt,
    Instant closedAt,
    String closeReason,
    @JsonInclude(JsonInclude.Include.NON_NULL) CustomerFeedback.CallBackResult callBack) {

  /** The current stage in words a complainant understands. */
  public record Stage(String zh, String en) {
  }

  public record Complainant(String name, String phone, String email, int count) {
  }

  public record DueDates(Instant acknowledgementDue, Instant decisionDue, Instant feedbackDue) {
  }

  public record Escalation(boolean escalated, List<Breach> breaches) {
  }

  public record Breach(String stage, String responsible, Instant dueAt, Instant breachedAt, String escalatedTo) {
  }

  public record CrisisIncidentLink(String incidentId, String cause, String status) {
  }

  public record Resolution(String text, Instant resolvedAt) {
  }

  public record Feedback(Boolean satisfied, String comment, Instant at) {
  }

  public record Review(String outcome, String comment, Instant reviewedAt) {
  }

  public record Letter(String kind, String subject, Instant sentAt) {
  }

  public record TimelineEntry(Instant at, String type, String description) {
  }

  /** Stages by the step the process waits at; anything else falls back to the status. */
  static final Map<String, Stage> STAGES = Map.of(
      "handleComplaint", new Stage("处理中", "Being handled"),
      "handleEscalatedComplaint", new Stage("投诉主管处理中", "Being handled by a complaints supervisor"),
      "approveExtension", new Stage("延期审批中", "Extension awaiting approval"),
      "awaitCrisisAnswer", new Stage("危机处理小组处理中", "Being handled by the crisis team"),
      "awaitClaimReconsideration", new Stage("理赔案件复议中", "The claim is being reconsidered by the claims panel"),
      "recordComplainantFeedback", new Stage("已告知处理结果，等待您的反馈", "Result sent; waiting for your feedback"),
      "reviewComplaint", new Stage("核查中", "Under review one level up"));

  static ComplaintView of(Complaint c, List<String> activeSteps, CrisisIncident incident,
      List<ComplaintRepository.Breach> breaches, List<ComplaintRepository.Letter> letters,
      List<ComplaintRepository.Event> events, CustomerFeedback.CallBackResult callBack) {
    Stage stage = activeSteps.stream().filter(STAGES::containsKey).findFirst().map(STAGES::get)
        .orElse(new Stage(c.status().chinese(), c.status().english()));
    return new ComplaintView(c.complaintNumber(), c.channel(), c.status().name(), stage, c.category(), c.urgency(),
        c.massComplaint(), c.triageReason(), c.handlingGroup(),
        new Complainant(c.complainantName(), PersonalData.maskPhone(c.complainantPhone()),
            PersonalData.maskEmail(c.complainantEmail()), c.complainantCount()),
        c.policyNumber(), c.claimNumber(), PersonalData.maskText(c.subject()), PersonalData.maskText(c.description()),
        PersonalData.maskText(c.requestedOutcome()),
        new DueDates(c.acknowledgementDueAt(), c.decisionDueAt(), c.feedbackDueAt()), c.extensionCount(),
        new Escalation(c.escalated(), breaches.stream().map(b -> new Breach(b.stage(), b.responsible(), b.dueAt(),
            b.breachedAt(), b.escalatedTo())).toList()),
        incident == null ? null : new CrisisIncidentLink(incident.incidentId(), incident.causeDescription(),
            incident.status()),
        c.claimReconsideration(),
        c.resolution() == null ? null : new Resolution(PersonalData.maskText(c.resolution()), c.resolvedAt()),
        c.feedbackAt() == null ? null : new Feedback(c.satisfied(), PersonalData.maskText(c.feedbackComment()),
            c.feedbackAt()),
        c.reviewedAt() == null ? null : new Review(c.reviewOutcome(), PersonalData.maskText(c.reviewComment()),
            c.reviewedAt()),
        letters.stream().map(l -> new Letter(l.kind(), l.subject(), l.createdAt())).toList(),
        events.stream().map(e -> new TimelineEntry(e.occurredAt(), e.type(), PersonalData.maskText(e.description())))
            .toList(),
        c.receivedAt(), c.closedAt(), c.closeReason(), callBack);
  }
}
