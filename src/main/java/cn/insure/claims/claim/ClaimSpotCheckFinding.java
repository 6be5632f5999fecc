package cn.insure.claims.claim;

/**
 * Published (as a Spring application event, in the claim's transaction) when a quality inspector's
 * spot check of a claim found something not in order: the finding must be rectified.
 */
public record ClaimSpotCheckFinding(String claimNumber, String finding, String inspector) {
}
