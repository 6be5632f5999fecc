package cn.insure.claims.callback.process;

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
 * Mirrors the decision table {@code callBackSampling} (hit policy FIRST): which closed cases customer
 * service calls back. randomDraw is the application's random number between 0 and 1.
 */
class CallBackSamplingTableTest {

  private static final String DMN = "/processes/customer/call-back-sampling.dmn";

  static final String CASES = """
      # case                                                              | caseType  | decision | reconsidered | greenChannel | approvedAmount | randomDraw | callBack | reason              | rule
        every closed complaint is called back                               | COMPLAINT |          |              |              |                | 0.99       | true     | CLOSED_COMPLAINT    | ruleEveryClosedComplaint
        a rejected claim is called back                                     | CLAIM     | REJECTED | false        | false        |                | 0.99       | true     | REJECTED_CLAIM      | ruleRejectedClaim
        a claim the panel reconsidered is called back                       | CLAIM     | APPROVED | true         | false        | 3000           | 0.99       | true     | RECONSIDERED_CLAIM  | ruleReconsideredClaim
        a green-channel claim is called back                                | CLAIM     | APPROVED | false        | true         | 8000           | 0.99       | true     | GREEN_CHANNEL_CLAIM | ruleGreenChannelClaim
        a claim approved at exactly 50000 is called back                    | CLAIM     | APPROVED | false        | false        | 50000          | 0.99       | true     | LARGE_CLAIM         | ruleLargeClaim
        a claim approved at 680000 is called back                           | CLAIM     | APPROVED | false        | false        | 680000         | 0.99       | true     | LARGE_CLAIM         | ruleLargeClaim
        an ordinary claim whose draw falls in the random share is called    | CLAIM     | APPROVED | false        | false        | 12000          | 0.05       | true     | RANDOM_SHARE        | ruleRandomShare
        an ordinary claim just outside the random share is not called       | CLAIM     | APPROVED | false        | false        | 49999.99       | 0.1        | false    | NOT_SELECTED        | ruleNotSelected
        an ordinary claim with a high draw is not called                    | CLAIM     | APPROVED | false        | false        | 12000          | 0.73       | false    | NOT_SELECTED        | ruleNotSelected
      """;

  private static final List<String> matchedRuleIds = new ArrayList<>();
  private static DmnEngine dmnEngine;
  private static DmnDecision sampling;

  @BeforeAll
  static void parseDecision() {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
        .customPostDecisionTableEvaluationListeners(List.of(event ->
            event.getMatchingRules().forEach(rule -> matchedRuleIds.add(rule.getId()))))
        .buildEngine();
    sampling = dmnEngine.parseDecision("callBackSampling", dmn());
  }

  @BeforeEach
  void forgetMatchedRules() {
    matchedRuleIds.clear();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = CASES)
  void aClosedCaseIsSelectedByTheFirstMatchingRule(String closedCase, String caseType, String decision,
      Boolean reconsidered, Boolean greenChannel, BigDecimal approvedAmount, double randomDraw, boolean callBack,
      String reason, String rule) {
    DmnDecisionResultEntries result = dmnEngine.evaluateDecision(sampling, inputs(caseType, decision, reconsidered,
        greenChannel, approvedAmount, randomDraw)).getSingleResult();

    assertThat(matchedRuleIds).containsExactly(rule);
    assertThat(result.<Boolean>getEntry("callBack")).isEqualTo(callBack);
    assertThat(result.<String>getEntry("selectionReason")).isEqualTo(reason);
  }

  @Test
  void everyRuleOfTheTableSelectsAtLeastOneCase() {
    Set<String> matched = new HashSet<>();
    CASES.lines().filter(line -> !line.isBlank() && !line.strip().startsWith("#"))
        .map(line -> Arrays.stream(line.split("\\|")).map(String::strip).toList())
        .forEach(row -> {
          matchedRuleIds.clear();
          dmnEngine.evaluateDecision(sampling, inputs(row.get(1), blank(row.get(2)), flag(row.get(3)),
              flag(row.get(4)), row.get(5).isEmpty() ? null : new BigDecimal(row.get(5)),
              Double.parseDouble(row.get(6))));
          matched.addAll(matchedRuleIds);
        });

    assertThat(matched).containsExactlyInAnyOrderElementsOf(Dmn.readModelFromStream(dmn())
        .getModelElementsByType(Rule.class).stream().map(Rule::getId).collect(Collectors.toSet()));
  }

  private static VariableMap inputs(String caseType, String decision, Boolean reconsidered, Boolean greenChannel,
      BigDecimal approvedAmount, double randomDraw) {
    return Variables.createVariables().putValue("caseType", caseType).putValue("decision", decision)
        .putValue("reconsidered", reconsidered).putValue("greenChannel", greenChannel)
        .putValue("approvedAmount", approvedAmount == null ? null : approvedAmount.doubleValue())
        .putValue("randomDraw", randomDraw);
  }

  private static Boolean flag(String cell) {
    return cell.isEmpty() ? null : Boolean.valueOf(cell);
  }

  private static String blank(String cell) {
    return cell.isEmpty() ? null : cell;
  }

  private static InputStream dmn() {
    return CallBackSamplingTableTest.class.getResourceAsStream(DMN);
  }
}
