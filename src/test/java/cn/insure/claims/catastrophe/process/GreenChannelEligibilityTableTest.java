package cn.insure.claims.catastrophe.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mirrors the decision table {@code greenChannelEligibility} (hit policy FIRST): which claims of an
 * open catastrophe event enter the green channel, and which of them are fast-tracked, settled
 * straight through or may be paid an advance. The event here has the default limits: fast track
 * up to 10,000 CNY, straight-through settlement up to 3,000 CNY.
 */
class GreenChannelEligibilityTableTest {

  private static final String DMN = "/processes/catastrophe/green-channel-eligibility.dmn";

  static final String CASES = """
      # case                                                                  | region | peril | period | productLine | covered | claimed  | green | fastTrack | straightThrough | advance | rule
        claim outside the affected regions takes the normal path              | false  | true  | true   | PROPERTY    | true    | 2000     | false | false     | false           | false   | ruleOutsideAffectedRegion
        claim by a peril the event is not about takes the normal path         | true   | false | true   | AUTO        | true    | 2000     | false | false     | false           | false   | rulePerilNotOfEvent
        claim for a loss before or after the event takes the normal path      | true   | true  | false  | PROPERTY    | true    | 2000     | false | false     | false           | false   | ruleLossOutsideEventPeriod
        affected claim the policy may not cover gets priority only            | true   | true  | true   | PROPERTY    | false   | 2000     | true  | false     | false           | false   | ruleCoverToBeChecked
        small covered property loss is settled straight through               | true   | true  | true   | PROPERTY    | true    | 2500     | true  | true      | true            | false   | ruleSmallDamageStraightThrough
        vehicle loss exactly at the auto-settlement limit is settled too      | true   | true  | true   | AUTO        | true    | 3000     | true  | true      | true            | false   | ruleSmallDamageStraightThrough
        property loss just above the auto-settlement limit is fast-tracked    | true   | true  | true   | PROPERTY    | true    | 3000.01  | true  | true      | false           | true    | ruleWithinFastTrackLimit
        small medical claim is fast-tracked, never settled without a review   | true   | true  | true   | MEDICAL     | true    | 1200     | true  | true      | false           | true    | ruleWithinFastTrackLimit
        accident claim exactly at the fast-track limit is fast-tracked        | true   | true  | true   | ACCIDENT    | true    | 10000    | true  | true      | false           | true    | ruleWithinFastTrackLimit
        property loss above the fast-track limit gets an advance              | true   | true  | true   | PROPERTY    | true    | 10000.01 | true  | false     | false           | true    | ruleAffectedCoveredClaim
        life claim is never fast-tracked but may get an advance               | true   | true  | true   | LIFE        | true    | 5000     | true  | false     | false           | true    | ruleAffectedCoveredClaim
      """;

  private static final List<String> matchedRuleIds = new ArrayList<>();
  private static DmnEngine dmnEngine;
  private static DmnDecision eligibility;

  @BeforeAll
  static void parseDecision() {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
        .customPostDecisionTableEvaluationListeners(List.of(event ->
            event.getMatchingRules().forEach(rule -> matchedRuleIds.add(rule.getId()))))
        .buildEngine();
    eligibility = dmnEngine.parseDecision("greenChannelEligibility", dmn());
  }

  @BeforeEach
  void forgetMatchedRules() {
    matchedRuleIds.clear();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = CASES)
  void claimIsAdmittedByTheFirstMatchingRule(String eligibilityCase, boolean region, boolean peril, boolean period,
      String productLine, boolean covered, BigDecimal claimed, boolean green, boolean fastTrack,
      boolean straightThrough, boolean advance, String rule) {
    DmnDecisionResultEntries result = evaluate(facts(region, peril, period, productLine, covered, claimed))
        .getSingleResult();

    assertThat(matchedRuleIds).containsExactly(rule);
    assertThat(result.<Boolean>getEntry("greenChannel")).isEqualTo(green);
    assertThat(result.<Boolean>getEntry("fastTrack")).isEqualTo(fastTrack);
    assertThat(result.<Boolean>getEntry("autoSettlementAllowed")).isEqualTo(straightThrough);
    assertThat(result.<Boolean>getEntry("advancePaymentAllowed")).isEqualTo(advance);
    assertThat(result.<String>getEntry("eligibilityReason")).as("reason in Chinese, then English")
        .matches("\\p{IsHan}.*\\p{IsLatin}.*");
  }

  @Test
  void analystsRaiseTheLimitsPerEventNotInTheTable() {
    VariableMap facts = facts(true, true, true, "PROPERTY", true, new BigDecimal("4500"))
        .putValue("autoSettlementLimit", 5000.0);

    assertThat(evaluate(facts).getSingleResult().<Boolean>getEntry("autoSettlementAllowed")).isTrue();
    assertThat(matchedRuleIds).containsExactly("ruleSmallDamageStraightThrough");
  }

  @Test
  void everyRuleOfTheTableAdmitsAtLeastOneCase() {
    Set<String> matched = new HashSet<>();
    CASES.lines()
        .filter(line -> !line.isBlank() && !line.strip().startsWith("#"))
        .map(line -> Arrays.stream(line.split("\\|")).map(String::strip).toList())
        .forEach(row -> {
          matchedRuleIds.clear();
          evaluate(facts(Boolean.parseBoolean(row.get(1)), Boolean.parseBoolean(row.get(2)),
              Boolean.parseBoolean(row.get(3)), row.get(4), Boolean.parseBoolean(row.get(5)), new BigDecimal(row.get(6))));
          matched.addAll(matchedRuleIds);
        });

    assertThat(matched).containsExactlyInAnyOrderElementsOf(allRuleIds());
  }

  private static VariableMap facts(boolean region, boolean peril, boolean period, String productLine, boolean covered,
      BigDecimal claimed) {
    return Variables.createVariables()
        .putValue("regionMatches", region)
        .putValue("perilMatches", peril)
        .putValue("lossDateInPeriod", period)
        .putValue("productLine", productLine)
        .putValue("perilCovered", covered)
        .putValue("claimedAmount", claimed.doubleValue())
        .putValue("fastTrackLimit", 10000.0)
        .putValue("autoSettlementLimit", 3000.0);
  }

  private static DmnDecisionResult evaluate(VariableMap facts) {
    return dmnEngine.evaluateDecision(eligibility, facts);
  }

  private static Set<String> allRuleIds() {
    return Dmn.readModelFromStream(dmn()).getModelElementsByType(Rule.class).stream()
        .map(Rule::getId)
        .collect(Collectors.toSet());
  }

  private static InputStream dmn() {
    return GreenChannelEligibilityTableTest.class.getResourceAsStream(DMN);
  }
}
