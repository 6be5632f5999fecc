package cn.insure.claims.claim;

/**
 * Published (as a Spring application event, in the claim's transaction) when the claims panel has
 * reconsidered a disputed decision and the claimant has been told: {@code outcome} is
 * {@code UPHELD} or {@code REVISED}. Complaints that sent the claim to reconsideration follow it.
 */
public record ClaimReconsidered(String claimNumber, String outcome, String opinion) {
}
