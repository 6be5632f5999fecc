package cn.insure.claims.complaint;

import java.time.Instant;

/**
 * A crisis incident (危机事件): one or more major or mass complaints with the same cause, handled
 * by the crisis team as one: assessed, answered (the answer goes to every linked complaint),
 * communicated, summarised with its root cause and the fix.
 */
public record CrisisIncident(
    String incidentId,
    String causeKey,
    String causeDescription,
    String leadComplaintNumber,
    String status,
    Instant openedAt,
    Instant joinableUntil,
    Instant responseDueAt,
    String assessment,
    String assessedBy,
    String response,
    String respondedBy,
    Instant respondedAt,
    String communication,
    Boolean mediaStatementIssued,
    String communicatedBy,
    String rootCause,
    String correctiveAction,
    String summarisedBy,
    Instant closedAt) {

  public boolean answered() {
    return respondedAt != null;
  }
}
