package cn.insure.claims.catastrophe;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.insure.claims.claim.Claim;
import cn.insure.claims.claim.GreenChannel;
import cn.insure.claims.claim.GreenChannelCheck;
import cn.insure.claims.system.engine.Decisions;

/**
 * Asks the decision {@code greenChannelEligibility} (processes/catastrophe/green-channel-eligibility.dmn)
 * whether a claim belongs to an open event's green channel and with which privileges. The registry
 * says whether region, peril and loss date match; the table, which analysts change without Java,
 * decides. Every evaluation is kept in the engine's decision history.
 */
@Service
public class GreenChannelEligibility implements GreenChannelCheck {

  static final String DECISION = "greenChannelEligibility";

  private final CatastropheEvents events;
  private final Decisions decisions;

  GreenChannelEligibility(CatastropheEvents events, Decisions decisions) {
    this.events = events;
    this.decisions = decisions;
  }

  @Override
  public Optional<GreenChannel> eligibility(Claim claim) {
    for (CatastropheEvent event : events.open()) {
      Optional<GreenChannel> greenChannel = eligibility(event, claim);
      if (greenChannel.isPresent()) {
        return greenChannel;
      }
    }
    return Optional.empty();
  }

  /** The claim's green channel in this event, if the decision gives it one. */
  public Optional<GreenChannel> eligibility(CatastropheEvent event, Claim claim) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("regionMatches", event.coversRegion(claim.regionCode()));
    facts.put("perilMatches", event.coversPeril(claim.peril()));
    facts.put("lossDateInPeriod", event.coversLossDate(claim.lossDate()));
    facts.put("productLine", claim.productLine());
    facts.put("perilCovered", claim.coverageWarning() == null);
    facts.put("claimedAmount", claim.claimedAmount());
    facts.put("fastTrackLimit", event.fastTrackLimit());
    facts.put("autoSettlementLimit", event.autoSettlementLimit());
    Map<String, Object> result = decisions.single(DECISION, facts);
    if (!Boolean.TRUE.equals(result.get("greenChannel"))) {
      return Optional.empty();
    }
    boolean fastTrack = Boolean.TRUE.equals(result.get("fastTrack"));
    boolean advance = Boolean.TRUE.equals(result.get("advancePaymentAllowed"));
    return Optional.of(new GreenChannel(event.eventId(), event.name(), fastTrack,
        fastTrack ? event.fastTrackLimit() : null, Boolean.TRUE.equals(result.get("autoSettlementAllowed")),
        advance, advance ? event.advancePaymentShare() : null, (String) result.get("eligibilityReason")));
  }
}
