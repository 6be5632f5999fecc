package cn.insure.claims.catastrophe;

import java.util.Optional;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

import cn.insure.claims.claim.Claim;
import cn.insure.claims.claim.GreenChannel;
import cn.insure.claims.claim.GreenChannelCheck;

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
  private final DecisionService decisionService;

  GreenChannelEligibility(CatastropheEvents events, DecisionService decisionService) {
    this.events = events;
    this.decisionService = decisionService;
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
    VariableMap facts = Variables.createVariables()
        .putValue("regionMatches", event.coversRegion(claim.regionCode()))
        .putValue("perilMatches", event.coversPeril(claim.peril()))
        .putValue("lossDateInPeriod", event.coversLossDate(claim.lossDate()))
        .putValue("productLine", claim.productLine())
        .putValue("perilCovered", claim.coverageWarning() == null)
        .putValue("claimedAmount", claim.claimedAmount().doubleValue())
        .putValue("fastTrackLimit", event.fastTrackLimit().doubleValue())
        .putValue("autoSettlementLimit", event.autoSettlementLimit().doubleValue());
    DmnDecisionResultEntries result = decisionService.evaluateDecisionByKey(DECISION).variables(facts).evaluate()
        .getSingleResult();
    if (result == null || !Boolean.TRUE.equals(result.getEntry("greenChannel"))) {
      return Optional.empty();
    }
    boolean fastTrack = Boolean.TRUE.equals(result.getEntry("fastTrack"));
    boolean advance = Boolean.TRUE.equals(result.getEntry("advancePaymentAllowed"));
    return Optional.of(new GreenChannel(event.eventId(), event.name(), fastTrack,
        fastTrack ? event.fastTrackLimit() : null, Boolean.TRUE.equals(result.getEntry("autoSettlementAllowed")),
        advance, advance ? event.advancePaymentShare() : null, result.getEntry("eligibilityReason")));
  }
}
