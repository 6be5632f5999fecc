package cn.insure.claims.claim;

import java.math.BigDecimal;

/**
 * Published (as a Spring application event, in the claim's transaction) when a claim has been
 * archived: its outcome ({@code decision} APPROVED or REJECTED), whether the claims panel
 * reconsidered it, whether it went through the catastrophe green channel, and the amount approved
 * (null when rejected). The call-back after a closed case follows it.
 */
public record ClaimArchived(String claimNumber, String productLine, String decision, boolean reconsidered,
    boolean greenChannel, BigDecimal approvedAmount) {
}
