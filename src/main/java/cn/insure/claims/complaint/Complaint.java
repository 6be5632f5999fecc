package cn.insure.claims.complaint;

import java.time.Instant;

import cn.insure.claims.system.privacy.PersonalData;

/** A complaint (投诉) as recorded in the complaint table. Personal data is in clear here: mask on the way out. */
public record Complaint(
    String complaintNumber,
    String channel,
    String complainantName,
    String complainantPhone,
    String complainantEmail,
    int complainantCount,
    String policyNumber,
    String productName,
    String claimNumber,
    String catastropheEventId,
    String causeKey,
    String statedCategory,
    String category,
    String urgency,
    boolean massComplaint,
    String triageReason,
    String handlingGroup,
    String subject,
    String description,
    String requestedOutcome,
    ComplaintStatus status,
    Instant receivedAt,
    Instant acknowledgementDueAt,
    Instant acknowledgedAt,
    Instant decisionDueAt,
    int extensionCount,
    String extensionReason,
    boolean escalated,
    String crisisIncidentId,
    String claimReconsideration,
    String resolution,
    String resolvedBy,
    Instant resolvedAt,
    Instant resultSentAt,
    Instant feedbackDueAt,
    Boolean satisfied,
    String feedbackComment,
    Instant feedbackAt,
    String reviewOutcome,
    String reviewComment,
    String reviewedBy,
    Instant reviewedAt,
    String closeReason,
    Instant closedAt) {

  public boolean closed() {
    return closedAt != null;
  }

  /** How the complainant can be reached, masked: {@code 139****9000 · l***@example.com}. */
  public String maskedContact() {
    StringBuilder contact = new StringBuilder();
    if (complainantPhone != null) {
      contact.append(PersonalData.maskPhone(complainantPhone));
    }
    if (complainantEmail != null) {
      contact.append(contact.isEmpty() ? "" : " · ").append(PersonalData.maskEmail(complainantEmail));
    }
    return contact.toString();
  }

  /** Subject and description together: what triage reads for signals such as media, regulator, lawsuit, 群体. */
  public String text() {
    return subject + "\n" + description;
  }
}
