package cn.insure.claims.claim;

import java.math.BigDecimal;

/**
 * A claim's place in the catastrophe green channel (绿色通道), as the eligibility decision gave it:
 * the event, whether covered claims up to the fast-track limit skip the second review, whether it
 * may be settled straight through, and whether an advance of the given share may be paid.
 *
 * @param fastTrackLimit      the event's fast-track limit when the claim is fast-tracked, else {@code null}
 * @param advancePaymentShare the share of the assessed amount paid in advance (0.3 = 30%) when allowed, else {@code null}
 * @param reason              the decision's reason, Chinese and English
 */
public record GreenChannel(String eventId, String eventName, boolean fastTrack, BigDecimal fastTrackLimit,
    boolean autoSettlementAllowed, boolean advancePaymentAllowed, BigDecimal advancePaymentShare, String reason) {

  /** How a claim came into the green channel. */
  public enum Source { INTAKE, SWITCHED }
}
