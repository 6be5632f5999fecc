package cn.insure.claims.complaint;

/**
 * Published (as a Spring application event, in the complaint's transaction) when a complaint has
 * been closed: its category, why it closed (SATISFIED, REVIEWED, NO_FEEDBACK) and the claim it was
 * about, if any. The call-back after a closed case follows it.
 */
public record ComplaintClosed(String complaintNumber, String category, String closeReason, String claimNumber) {
}
