package cn.insure.claims.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import cn.insure.claims.system.privacy.PersonalData;

/**
 * A complaint as the complainant (and so the channel system acting for them) sees it: where it stands,
 * its due dates and extensions, the result and the letters sent, their own feedback and the review's
 * result (both are in the letters they received), the category and urgency that set their due dates, and
 * a timeline of what they were told. Never the triage's reasoning and handling group, escalations and deadline breaches, crisis incidents,
 * internal reminders or the call-back — this record has no field for them.
 */
public record ComplaintCustomerView(
    String complaintNumber,
    String channel,
    String status,
    ComplaintView.Stage stage,
    String category,
    String urgency,
    ComplaintView.Complainant complainant,
    String policyNumber,
    String claimNumber,
    String subject,
    String description,
    String requestedOutcome,
    ComplaintView.DueDates dueDates,
    int extensions,
    ComplaintView.Resolution resolution,
    ComplaintView.Feedback feedback,
    ComplaintView.Review review,
    List<Letter> letters,
    List<ComplaintView.TimelineEntry> timeline,
    Instant receivedAt,
    Instant closedAt,
    String closeReason) {

  /** A letter as the complainant received it (personal data masked). */
  public record Letter(String kind, String subject, String body, Instant sentAt) {
  }

  /** Timeline entries a complainant is shown; every other type (triage, reminders, breaches, crisis) is internal. */
  static final Set<String> CUSTOMER_EVENTS = Set.of("RECEIVED", "EXTENDED", "CLAIM_RECONSIDERATION_REQUESTED",
      "CLAIM_RECONSIDERED", "RESOLVED", "LETTER_SENT", "SATISFIED", "REVIEW_REQUESTED", "CLOSED");

  static ComplaintCustomerView of(ComplaintView staff, List<ComplaintRepository.Letter> letters,
      List<ComplaintRepository.Event> events) {
    return new ComplaintCustomerView(staff.complaintNumber(), staff.channel(), staff.status(), staff.stage(),
        staff.category(), staff.urgency(), staff.complainant(), staff.policyNumber(), staff.claimNumber(), staff.subject(), staff.description(),
        staff.requestedOutcome(), staff.dueDates(), staff.extensions(), staff.resolution(), staff.feedback(),
        staff.review(),
        letters.stream().map(l -> new Letter(l.kind(), l.subject(), PersonalData.maskText(l.body()), l.createdAt()))
            .toList(),
        events.stream().filter(e -> CUSTOMER_EVENTS.contains(e.type()))
            .map(e -> new ComplaintView.TimelineEntry(e.occurredAt(), e.type(), PersonalData.maskText(e.description())))
            .toList(),
        staff.receivedAt(), staff.closedAt(), staff.closeReason());
  }
}
