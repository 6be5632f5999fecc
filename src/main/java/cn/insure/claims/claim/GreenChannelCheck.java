package cn.insure.claims.claim;

import java.util.Optional;

/**
 * Whether a claim coming in belongs to the green channel of an open catastrophe event. Claim
 * intake asks; the catastrophe feature answers with its eligibility decision, so claims do not
 * depend on how events are kept.
 */
public interface GreenChannelCheck {

  /** The green channel of the first open event the claim qualifies for, or empty. */
  Optional<GreenChannel> eligibility(Claim claim);
}
