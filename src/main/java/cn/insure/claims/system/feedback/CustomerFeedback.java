package cn.insure.claims.system.feedback;

import java.time.Instant;
import java.util.Optional;

/**
 * What the customer said about a closed case in the call-back (回访), for the staff view of the claim
 * or complaint. Implemented by the call-back feature; claims and complaints read it through this
 * interface, never through its table. The comment comes masked.
 */
public interface CustomerFeedback {

  /** A call-back's outcome (REACHED, NOT_REACHED, or null while it is still being made) and answers. */
  record CallBackResult(String selectionReason, String outcome, int attempts, Integer overallSatisfaction,
      Integer speedScore, Integer attitudeScore, Integer clarityScore, Boolean contactChanged, String comment,
      boolean followUpOpened, String followUpNote, String linkedComplaintNumber, String calledBy,
      Instant completedAt) {
  }

  Optional<CallBackResult> ofClaim(String claimNumber);

  Optional<CallBackResult> ofComplaint(String complaintNumber);
}
