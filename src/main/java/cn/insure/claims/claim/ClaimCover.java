package cn.insure.claims.claim;

import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.insure.claims.policy.PolicyRegistry;

/**
 * The bounds of a claim's amount that no reviewer may cross, whatever their authority: what was
 * claimed, and what the policy still covers after its other approved claims. And who has already
 * reviewed the claim, for the four-eyes rule.
 */
@Component
public class ClaimCover {

  /** Review stages that are separate pairs of eyes: one person, one of them per claim. */
  public static final Set<String> REVIEW_STAGES = Set.of("FIRST_REVIEW", "SECOND_REVIEW", "PANEL_REVIEW",
      "RECONSIDERATION");

  public record Bounds(BigDecimal claimed, BigDecimal remainingCover) {
  }

  private final ClaimRepository claims;
  private final PolicyRegistry policies;

  ClaimCover(ClaimRepository claims, PolicyRegistry policies) {
    this.claims = claims;
    this.policies = policies;
  }

  public Bounds bounds(String claimNumber) {
    Claim claim = claims.find(claimNumber).orElseThrow();
    BigDecimal sumInsured = policies.require(claim.policyNumber()).sumInsured();
    BigDecimal used = claims.approvedOnPolicyExcept(claim.policyNumber(), claimNumber);
    return new Bounds(claim.claimedAmount(), sumInsured.subtract(used).max(BigDecimal.ZERO));
  }

  /** Who decided the other review stages of this claim. */
  public Set<String> reviewersOfOtherStages(String claimNumber, String stage) {
    return claims.decisions(claimNumber).stream()
        .filter(decision -> REVIEW_STAGES.contains(decision.stage()) && !decision.stage().equals(stage))
        .map(ClaimRepository.Decision::decidedBy).collect(Collectors.toSet());
  }
}
