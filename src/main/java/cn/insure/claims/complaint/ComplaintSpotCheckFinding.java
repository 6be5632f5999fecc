package cn.insure.claims.complaint;

/**
 * Published (as a Spring application event, in the complaint's transaction) when a quality inspector's
 * spot check of a closed complaint found something not in order: the finding must be rectified.
 */
public record ComplaintSpotCheckFinding(String complaintNumber, String finding, String inspector) {
}
