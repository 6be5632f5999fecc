package cn.insure.claims.claim.process;

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
 * Mirrors the decision table {@code claimReviewRouting} (hit policy FIRST): which covered claims
 * get a supervisor second review (复审) and which go to the manager's panel review (会审).
 */
class ClaimReviewRoutingTableTest {

  private static final String DMN = "/processes/claim/claim-review-routing.dmn";

  /**
   * Shared by the table test and the rule coverage test. Amounts and limits are CNY; an empty
   * cell is a variable that is null (fraud not flagged, no green channel, not yet second-reviewed).
   */
  static final String ROUTES = """
      # case                                                                        | liability   | assessedAmount | productLine | claimType       | fraudSuspected | greenChannel | fastTrackLimit | secondReviewAgrees | secondReviewRequired | panelRequired | rule
        claim that is not covered goes straight to the rejection notice             | NOT_COVERED | 12000          | MEDICAL     | HOSPITALISATION | false          | false        |                |                    | false                | false         | ruleNotCoveredRejection
        claim that is not covered is rejected even when fraud is suspected          | NOT_COVERED | 800000         | ACCIDENT    | DEATH           | true           |              |                |                    | false                | false         | ruleNotCoveredRejection
        claim the supervisor disagrees with goes to the panel                       | COVERED     | 12000          | MEDICAL     | OUTPATIENT      | false          | false        |                | false              | false                | true          | ruleSupervisorDisagreesPanel
        green-channel claim the supervisor disagrees with goes to the panel         | COVERED     | 3000           | PROPERTY    | PROPERTY_DAMAGE | false          | true         | 50000          | false              | false                | true          | ruleSupervisorDisagreesPanel
        claim suspected of fraud goes straight to the panel                         | COVERED     | 8000           | AUTO        | VEHICLE_DAMAGE  | true           | false        |                |                    | false                | true          | ruleFraudSuspectedPanel
        green-channel claim suspected of fraud goes straight to the panel           | COVERED     | 3000           | PROPERTY    | PROPERTY_DAMAGE | true           | true         | 50000          |                    | false                | true          | ruleFraudSuspectedPanel
        death claim gets a second review and then the panel                         | COVERED     | 200000         | LIFE        | DEATH           | false          | false        |                |                    | true                 | true          | ruleDeathOrDisabilitySecondReview
        disability claim without fraud or green-channel flags gets both reviews     | COVERED     | 60000          | ACCIDENT    | DISABILITY      |                |              |                |                    | true                 | true          | ruleDeathOrDisabilitySecondReview
        green-channel death claim within the fast-track limit still gets both       | COVERED     | 30000          | ACCIDENT    | DEATH           | false          | true         | 50000          |                    | true                 | true          | ruleDeathOrDisabilitySecondReview
        death claim the supervisor agreed with still goes to the panel              | COVERED     | 200000         | LIFE        | DEATH           | false          | false        |                | true               | false                | true          | ruleDeathOrDisabilityPanelAfterSecondReview
        claim of exactly 500000 gets a second review and then the panel             | COVERED     | 500000         | PROPERTY    | PROPERTY_DAMAGE | false          | false        |                |                    | true                 | true          | ruleLargeAmountSecondReview
        large green-channel claim above the fast-track limit gets both reviews      | COVERED     | 650000         | PROPERTY    | PROPERTY_DAMAGE | false          | true         | 50000          |                    | true                 | true          | ruleLargeAmountSecondReview
        large claim the supervisor agreed with still goes to the panel              | COVERED     | 750000         | AUTO        | VEHICLE_DAMAGE  | false          | false        |                | true               | false                | true          | ruleLargeAmountPanelAfterSecondReview
        claim just below 500000 gets only a second review                           | COVERED     | 499999.99      | PROPERTY    | PROPERTY_DAMAGE | false          | false        |                |                    | true                 | false         | ruleCoveredSecondReview
        green-channel claim within the fast-track limit skips the second review     | COVERED     | 20000          | PROPERTY    | PROPERTY_DAMAGE | false          | true         | 50000          |                    | false                | false         | ruleGreenChannelFastTrack
        green-channel claim exactly at the fast-track limit skips the second review | COVERED     | 50000          | AUTO        | VEHICLE_DAMAGE  | false          | true         | 50000          |                    | false                | false         | ruleGreenChannelFastTrack
        green-channel claim above the fast-track limit gets a second review         | COVERED     | 50000.01       | PROPERTY    | PROPERTY_DAMAGE | false          | true         | 50000          |                    | true                 | false         | ruleCoveredSecondReview
        green-channel claim without a fast-track limit gets a second review         | COVERED     | 20000          | MEDICAL     | HOSPITALISATION | false          | true         |                |                    | true                 | false         | ruleCoveredSecondReview
        claim outside the green channel gets a second review whatever the limit     | COVERED     | 20000          | MEDICAL     | HOSPITALISATION | false          | false        | 50000          |                    | true                 | false         | ruleCoveredSecondReview
        claim the supervisor agreed with goes on to the decision                    | COVERED     | 12000          | MEDICAL     | HOSPITALISATION | false          | false        |                | true               | false                | false         | ruleSecondReviewAgreed
        covered claim gets a second review                                          | COVERED     | 12000          | MEDICAL     | HOSPITALISATION | false          | false        |                |                    | true                 | false         | ruleCoveredSecondReview
        covered claim without any flags gets a second review                        | COVERED     | 12000          | MEDICAL     | OUTPATIENT      |                |              |                |                    | true                 | false         | ruleCoveredSecondReview
      """;

  private static final List<String> matchedRuleIds = new ArrayList<>();
  private static DmnEngine dmnEngine;
  private static DmnDecision routing;

  @BeforeAll
  static void parseDecision() {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
        .customPostDecisionTableEvaluationListeners(List.of(event ->
            event.getMatchingRules().forEach(rule -> matchedRuleIds.add(rule.getId()))))
        .buildEngine();
    routing = dmnEngine.parseDecision("claimReviewRouting", dmn());
  }

  @BeforeEach
  void forgetMatchedRules() {
    matchedRuleIds.clear();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = ROUTES)
  void claimIsRoutedByTheFirstMatchingRule(String routedCase, String liability, BigDecimal assessedAmount,
      String productLine, String claimType, Boolean fraudSuspected, Boolean greenChannel,
      BigDecimal fastTrackLimit, Boolean secondReviewAgrees,
      boolean secondReviewRequired, boolean panelRequired, String rule) {
    DmnDecisionResult result = route(Variables.createVariables()
        .putValue("liability", liability)
        .putValue("assessedAmount", assessedAmount)
        .putValue("productLine", productLine)
        .putValue("claimType", claimType)
        .putValue("fraudSuspected", fraudSuspected)
        .putValue("greenChannel", greenChannel)
        .putValue("fastTrackLimit", fastTrackLimit)
        .putValue("secondReviewAgrees", secondReviewAgrees));

    DmnDecisionResultEntries route = result.getSingleResult();
    assertThat(matchedRuleIds).containsExactly(rule);
    assertThat(route.<Boolean>getEntry("secondReviewRequired")).isEqualTo(secondReviewRequired);
    assertThat(route.<Boolean>getEntry("panelRequired")).isEqualTo(panelRequired);
    assertThat(route.<String>getEntry("routingReason"))
        .as("reason in Chinese, then English")
        .matches("\\p{IsHan}.*\\p{IsLatin}.*");
  }

  @Test
  void callerThatOmitsTheOptionalFlagsGetsASecondReview() {
    DmnDecisionResult result = route(Variables.createVariables()
        .putValue("liability", "COVERED")
        .putValue("assessedAmount", new BigDecimal("12000"))
        .putValue("productLine", "MEDICAL")
        .putValue("claimType", "OUTPATIENT"));

    assertThat(matchedRuleIds).containsExactly("ruleCoveredSecondReview");
    assertThat(result.getSingleResult().<Boolean>getEntry("secondReviewRequired")).isTrue();
    assertThat(result.getSingleResult().<Boolean>getEntry("panelRequired")).isFalse();
  }

  @Test
  void greenChannelClaimWhoseCallerOmitsTheFastTrackLimitGetsASecondReview() {
    DmnDecisionResult result = route(Variables.createVariables()
        .putValue("liability", "COVERED")
        .putValue("assessedAmount", new BigDecimal("20000"))
        .putValue("productLine", "PROPERTY")
        .putValue("claimType", "PROPERTY_DAMAGE")
        .putValue("greenChannel", true));

    assertThat(matchedRuleIds).containsExactly("ruleCoveredSecondReview");
    assertThat(result.getSingleResult().<Boolean>getEntry("secondReviewRequired")).isTrue();
  }

  @Test
  void claimWithoutALiabilityDecisionIsNotRouted() {
    DmnDecisionResult result = route(Variables.createVariables()
        .putValue("liability", null)
        .putValue("assessedAmount", new BigDecimal("12000"))
        .putValue("productLine", "MEDICAL")
        .putValue("claimType", "OUTPATIENT"));

    assertThat(result).isEmpty();
  }

  @Test
  void everyRuleOfTheTableRoutesAtLeastOneCase() {
    Set<String> routedBy = new HashSet<>();
    ROUTES.lines()
        .filter(line -> !line.isBlank() && !line.strip().startsWith("#"))
        .map(line -> Arrays.stream(line.split("\\|")).map(String::strip).toList())
        .forEach(row -> {
          matchedRuleIds.clear();
          route(Variables.createVariables()
              .putValue("liability", row.get(1))
              .putValue("assessedAmount", new BigDecimal(row.get(2)))
              .putValue("productLine", row.get(3))
              .putValue("claimType", row.get(4))
              .putValue("fraudSuspected", flag(row.get(5)))
              .putValue("greenChannel", flag(row.get(6)))
              .putValue("fastTrackLimit", row.get(7).isEmpty() ? null : new BigDecimal(row.get(7)))
              .putValue("secondReviewAgrees", flag(row.get(8))));
          routedBy.addAll(matchedRuleIds);
        });

    assertThat(routedBy).containsExactlyInAnyOrderElementsOf(allRuleIds());
  }

  private static DmnDecisionResult route(VariableMap claim) {
    return dmnEngine.evaluateDecision(routing, claim);
  }

  private static Boolean flag(String cell) {
    return cell.isEmpty() ? null : Boolean.valueOf(cell);
  }

  private static Set<String> allRuleIds() {
    return Dmn.readModelFromStream(dmn()).getModelElementsByType(Rule.class).stream()
        .map(Rule::getId)
        .collect(Collectors.toSet());
  }

  private static InputStream dmn() {
    return ClaimReviewRoutingTableTest.class.getResourceAsStream(DMN);
  }
}
