package cn.insure.claims.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import cn.insure.claims.claim.ClaimService;
import cn.insure.claims.notification.NoticeTemplates;
import cn.insure.claims.notification.NotificationOutbox;
import cn.insure.claims.numbering.CaseNumbers;
import cn.insure.claims.system.identity.Roles;

/**
 * The business steps of the complaints process after triage ({@link ComplaintTriage}), one method per
 * step. Called by the delegates and task listeners in {@code complaint.process}; each writes the
 * complaint's records in the engine's transaction, so the record always says what the process did.
 */
@Service
public class ComplaintWorkflow {

  /** The dates the process sets its timers and due dates to. */
  public record DecisionClock(Instant acknowledgementDueAt, Instant decisionDueAt, Instant reminderAt) {
  }

  /** Where a handling task leads. */
  public enum HandlingOutcome { RESOLVED, EXTENSION, EXTENSION_NEEDS_APPROVAL }

  private final ComplaintRepository complaints;
  private final ClaimService claimService;
  private final NoticeTemplates templates;
  private final NotificationOutbox outbox;
  private final ComplaintClocks clocks;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  ComplaintWorkflow(ComplaintRepository complaints, ClaimService claimService, NoticeTemplates templates, NotificationOutbox outbox,
      ComplaintClocks clocks, Clock clock, ApplicationEventPublisher events) {
    this.complaints = complaints;
    this.claimService = claimService;
    this.templates = templates;
    this.outbox = outbox;
    this.clocks = clocks;
    this.clock = clock;
    this.events = events;
  }

  public Complaint complaint(String complaintNumber) {
    return complaints.find(complaintNumber)
        .orElseThrow(() -> new IllegalStateException("No complaint " + complaintNumber));
  }

  /** The acknowledgement (受理通知) with the committed handling date (承诺处理时间). */
  public void sendAcknowledgement(String complaintNumber) {
    Complaint complaint = complaint(complaintNumber);
    Instant now = clock.instant();
    letter(complaint, "ACKNOWLEDGEMENT", "complaint/complaint-acknowledgement", Map.of(
        "receivedDate", ComplaintClocks.day(complaint.receivedAt()), "subject", complaint.subject(),
        "decisionDueDate", ComplaintClocks.day(complaint.decisionDueAt())));
    complaints.markAcknowledged(complaintNumber, now);
  }

  /** Whether the handler may still ask for more time, and whether a supervisor must approve it. */
  public Optional<ComplaintClocks.Extension> possibleExtension(String complaintNumber) {
    Complaint complaint = complaint(complaintNumber);
    return clocks.extension(complaint.receivedAt(), complaint.decisionDueAt());
  }

  /** Records the outcome of {@code handleComplaint} or {@code handleEscalatedComplaint}: resolved, or more time asked. */
  public HandlingOutcome recordHandling(String complaintNumber, String actor, boolean resolved, String resolution,
      String extensionReason) {
    Instant now = clock.instant();
    if (resolved) {
      complaints.recordResolution(complaintNumber, resolution, actor, now);
      complaints.addEvent(complaintNumber, now, "RESOLVED", "处理完毕 Resolved: " + resolution, actor);
      return HandlingOutcome.RESOLVED;
    }
    ComplaintClocks.Extension extension = possibleExtension(complaintNumber).orElseThrow(() ->
        new IllegalStateException("No extension left for " + complaintNumber));
    complaints.recordExtensionRequest(complaintNumber, extensionReason, extension.needsApproval(), now);
    complaints.addEvent(complaintNumber, now, "EXTENSION_REQUESTED", "申请延期至 " + ComplaintClocks.day(extension.dueAt())
        + (extension.needsApproval() ? "（需主管审批）" : "") + "：" + extensionReason + " Extension requested", actor);
    return extension.needsApproval() ? HandlingOutcome.EXTENSION_NEEDS_APPROVAL : HandlingOutcome.EXTENSION;
  }

  public void recordExtensionApproval(String complaintNumber, String actor, boolean approved, String comment) {
    Complaint complaint = complaint(complaintNumber);
    Instant now = clock.instant();
    if (!approved) {
      complaints.recordStatus(complaintNumber, handlingStatus(complaint), now);
    }
    complaints.addEvent(complaintNumber, now, approved ? "EXTENSION_APPROVED" : "EXTENSION_DECLINED",
        (approved ? "主管批准延期 Extension approved" : "主管不同意延期，按原期限处理 Extension declined; the due date stands")
            + (comment == null || comment.isBlank() ? "" : "：" + comment), actor);
  }

  /** Moves the decision due date as the extension allows and tells the complainant why and until when. */
  public DecisionClock grantExtension(String complaintNumber, String approvedBy) {
    Complaint complaint = complaint(complaintNumber);
    Instant now = clock.instant();
    ComplaintClocks.Extension extension = clocks.extension(complaint.receivedAt(), complaint.decisionDueAt())
        .orElseThrow(() -> new IllegalStateException("No extension left for " + complaintNumber));
    complaints.recordExtension(complaintNumber, extension.dueAt(), complaint.extensionCount() + 1,
        handlingStatus(complaint), now);
    complaints.addEvent(complaintNumber, now, "EXTENDED", "处理期限由 " + ComplaintClocks.day(complaint.decisionDueAt())
        + " 延长至 " + ComplaintClocks.day(extension.dueAt()) + " Decision due date extended", approvedBy);
    letter(complaint, "EXTENSION", "complaint/complaint-extension", Map.of(
        "previousDueDate", ComplaintClocks.day(complaint.decisionDueAt()),
        "decisionDueDate", ComplaintClocks.day(extension.dueAt()),
        "extensionReason", complaint.extensionReason(),
        "approvalNote", extension.needsApproval() ? "本次延期已经我司投诉管理主管审批。" : ""));
    return new DecisionClock(complaint.acknowledgementDueAt(), extension.dueAt(), clocks.reminderAt(extension.dueAt()));
  }

  public void remindHandler(String complaintNumber, String handler) {
    Complaint complaint = complaint(complaintNumber);
    complaints.addEvent(complaintNumber, clock.instant(), "HANDLER_REMINDED", "处理期限 "
        + ComplaintClocks.day(complaint.decisionDueAt()) + " 将至，已提醒 " + handler + " Decision due soon; handler reminded",
        null);
  }

  /** The handler let the decision date pass: the breach is recorded and a complaints supervisor takes over. */
  public Instant escalateToSupervisor(String complaintNumber, String handler) {
    Complaint complaint = complaint(complaintNumber);
    Instant now = clock.instant();
    Instant supervisorDue = clocks.supervisorDueAt(now);
    complaints.addBreach(complaintNumber, new ComplaintRepository.Breach("HANDLER", handler,
        complaint.decisionDueAt(), now, Roles.COMPLAINTS_SUPERVISORS));
    complaints.markEscalated(complaintNumber, now);
    complaints.addEvent(complaintNumber, now, "DEADLINE_BREACHED", "超过处理期限 " + ComplaintClocks.day(
        complaint.decisionDueAt()) + "，转投诉主管处理，主管期限 " + ComplaintClocks.day(supervisorDue)
        + " Decision due date passed; a complaints supervisor takes over", handler);
    return supervisorDue;
  }

  /**
   * A deadline passed at a stage beyond the handler (the supervisor's, the approval, the crisis team,
   * the claims panel): the breach is recorded and the managers are alerted.
   */
  public void recordBreachAndAlertManagers(String complaintNumber, String stage, String responsible, Instant dueAt) {
    Instant now = clock.instant();
    complaints.addBreach(complaintNumber, new ComplaintRepository.Breach(stage, responsible, dueAt, now,
        Roles.CLAIMS_MANAGERS));
    complaints.addEvent(complaintNumber, now, "MANAGER_ALERTED", stage + " 超过期限 " + ComplaintClocks.day(dueAt)
        + "（" + responsible + "），已提醒部门经理 Deadline passed; managers alerted", null);
  }

  /** A claims complaint about a decided claim becomes its dispute: the claims panel reconsiders the decision. */
  public void disputeClaim(String complaintNumber) {
    Complaint complaint = complaint(complaintNumber);
    Instant now = clock.instant();
    claimService.dispute(complaint.claimNumber(), "投诉 " + complaintNumber + "：" + complaint.subject()
        + (complaint.requestedOutcome() == null ? "" : "；诉求：" + complaint.requestedOutcome()), complaintNumber);
    complaints.markInClaimReconsideration(complaintNumber, now);
    complaints.addEvent(complaintNumber, now, "CLAIM_RECONSIDERATION_REQUESTED", "理赔案件 " + complaint.claimNumber()
        + " 已提交会审复议 Claim sent to panel reconsideration", null);
  }

  /** The panel's reconsideration is the complaint's resolution. */
  public String recordReconsideration(String complaintNumber, String outcome, String opinion, String panel) {
    Instant now = clock.instant();
    String resolution = "理赔复议结论：" + ("REVISED".equals(outcome) ? "变更原理赔决定" : "维持原理赔决定") + "。"
        + (opinion == null ? "" : opinion);
    complaints.recordClaimReconsideration(complaintNumber, outcome, resolution, panel, now);
    complaints.addEvent(complaintNumber, now, "CLAIM_RECONSIDERED", "理赔会审复议完成：" + outcome
        + " Claim reconsidered by the panel", panel);
    return resolution;
  }

  /** The result letter: the resolution, and the right to ask for a review within the window. */
  public Instant sendResult(String complaintNumber) {
    Complaint complaint = complaint(complaintNumber);
    Instant now = clock.instant();
    Instant feedbackDue = clocks.feedbackDueAt(now);
    letter(complaint, "RESULT", "complaint/complaint-result", Map.of("subject", complaint.subject(), "resolution",
        complaint.resolution(), "feedbackDueDate", ComplaintClocks.day(feedbackDue), "reviewWindowDays",
        clocks.reviewWindowDays()));
    complaints.markResultSent(complaintNumber, feedbackDue, now);
    return feedbackDue;
  }

  /** The complainant's answer to the result letter; not satisfied is a request for review (核查). */
  public void recordFeedback(String complaintNumber, boolean satisfied, String comment, String recordedBy) {
    Instant now = clock.instant();
    complaints.recordFeedback(complaintNumber, satisfied, comment, now);
    complaints.addEvent(complaintNumber, now, satisfied ? "SATISFIED" : "REVIEW_REQUESTED", (satisfied
        ? "投诉人对处理结果满意 The complainant is satisfied"
        : "投诉人不满意，申请核查 The complainant is not satisfied and asks for a review")
        + (comment == null || comment.isBlank() ? "" : "：" + comment), recordedBy);
  }

  public Instant reviewDueAt() {
    return clocks.reviewDueAt(clock.instant());
  }

  public void recordReview(String complaintNumber, String reviewer, String outcome, String comment) {
    Instant now = clock.instant();
    complaints.recordReview(complaintNumber, outcome, comment, reviewer, now);
    complaints.addEvent(complaintNumber, now, "REVIEWED", "核查结论 " + outcome + "：" + comment + " Reviewed", reviewer);
  }

  /** After the review: its outcome and the routes that remain open outside the company. */
  public void sendFinalLetter(String complaintNumber) {
    Complaint complaint = complaint(complaintNumber);
    letter(complaint, "FINAL", "complaint/complaint-final", Map.of("reviewOutcome",
        "REVISED".equals(complaint.reviewOutcome()) ? "变更原处理意见" : "维持原处理意见", "reviewComment",
        complaint.reviewComment()));
  }

  public void close(String complaintNumber) {
    Complaint complaint = complaint(complaintNumber);
    Instant now = clock.instant();
    String reason = complaint.reviewOutcome() != null ? "REVIEWED"
        : Boolean.TRUE.equals(complaint.satisfied()) ? "SATISFIED" : "NO_FEEDBACK";
    complaints.markClosed(complaintNumber, reason, now);
    complaints.addEvent(complaintNumber, now, "CLOSED", switch (reason) {
      case "REVIEWED" -> "核查后办结 Closed after the review";
      case "SATISFIED" -> "投诉人满意，办结 Closed, the complainant is satisfied";
      default -> "反馈期限届满未收到答复，办结 Closed: no answer within the feedback window";
    }, null);
    events.publishEvent(new ComplaintClosed(complaintNumber, complaint.category(), reason, complaint.claimNumber()));
  }

  /** The timeline for the forms, one line per event. */
  public String historyText(String complaintNumber) {
    return complaints.events(complaintNumber).stream()
        .map(e -> e.occurredAt().atZone(CaseNumbers.BUSINESS_ZONE).toLocalDateTime()
            .withSecond(0).withNano(0).toString().replace('T', ' ') + " " + e.description()
            + (e.actor() == null ? "" : "（" + e.actor() + "）"))
        .collect(Collectors.joining("\n"));
  }

  private static ComplaintStatus handlingStatus(Complaint complaint) {
    return complaint.escalated() ? ComplaintStatus.ESCALATED : ComplaintStatus.IN_HANDLING;
  }

  private void letter(Complaint complaint, String kind, String template, Map<String, ?> values) {
    Map<String, Object> all = new LinkedHashMap<>(values);
    all.put("complaintNumber", complaint.complaintNumber());
    all.put("complainantName", complaint.complainantName());
    NoticeTemplates.Rendered letter = templates.render(template, all);
    Instant now = clock.instant();
    String letterId = complaints.addLetter(complaint.complaintNumber(), new ComplaintRepository.Letter(kind,
        complaint.complainantName() + " " + complaint.maskedContact(), letter.subject(),
        letter.body(), now));
    // Same transaction as the step: the letter goes out by SMS/e-mail if and only if the step commits.
    outbox.enqueue(complaint.complaintNumber(), kind, new NotificationOutbox.Contact(complaint.complainantPhone(),
        complaint.complainantEmail()), letter.subject(), letter.body(), "complaint-letter:" + letterId);
    complaints.addEvent(complaint.complaintNumber(), now, "LETTER_SENT", "已发出告知（短信/邮件） Letter issued by "
        + "SMS/e-mail: " + letter.subject(), null);
  }
}
