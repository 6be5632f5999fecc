package cn.insure.claims.complaint;

import java.time.Instant;

/**
 * What the complaint feature asks of a complaint's process
 * ({@code processes/complaint/complaint-handling.bpmn}). Implemented in {@code complaint/process}, the
 * only complaint code that touches the engine.
 */
public interface ComplaintProcess {

  /** Starts the process of a registered complaint. */
  void start(Complaint complaint);

  /** Whether the process waits for the complainant's feedback on the result letter. */
  boolean waitsForFeedback(String complaintNumber);

  /**
   * The complainant's feedback; a dissatisfied complainant sends the complaint to review, due at
   * {@code reviewDueAt} ({@code null} when satisfied).
   */
  void feedbackReceived(String complaintNumber, boolean satisfied, String comment, Instant reviewDueAt);

  /** Whether the complaint is handled one by one and can still join a crisis incident. */
  boolean canJoinCrisisIncident(String complaintNumber);

  /** The complaint joins a crisis incident: the crisis team answers it. */
  void linkedToCrisisIncident(String complaintNumber, String incidentId);

  /** The crisis team's response is the complaint's resolution: its process moves on to the result letter. */
  void crisisIncidentAnswered(String complaintNumber, String resolution, String handlers);
}
