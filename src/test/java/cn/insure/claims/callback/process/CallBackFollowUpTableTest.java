package cn.insure.claims.callback.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
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

/** Mirrors the decision table {@code callBackFollowUp} (hit policy FIRST): which answers a supervisor follows up. */
class CallBackFollowUpTableTest {

  private static final String DMN = "/processes/customer/call-back-follow-up.dmn";

  static final String ANSWERS = """
      # answer                                                    | overall | lowest | comment                          | followUp | reason           | rule
        overall satisfaction of 1 is followed up                    | 1       | 1      | 理赔太慢了                          | true     | LOW_SATISFACTION | ruleLowOverallSatisfaction
        overall satisfaction of 2 is followed up                    | 2       | 3      |                                  | true     | LOW_SATISFACTION | ruleLowOverallSatisfaction
        a 1 for attitude despite overall 3 is followed up           | 3       | 1      | 还行                               | true     | POOR_SCORE       | rulePoorSingleScore
        a satisfied customer who mentions the regulator is followed | 4       | 4      | 如果再这样我就打12378找银保监         | true     | FLAGGED_COMMENT  | ruleFlaggedComment
        a satisfied customer who wants to complain is followed      | 5       | 4      | 服务很好，但我要投诉上次的业务员       | true     | FLAGGED_COMMENT  | ruleFlaggedComment
        a neutral customer without comment is not followed up       | 3       | 2      |                                  | false    | NONE             | ruleNoFollowUp
        a satisfied customer with praise is not followed up         | 5       | 5      | 赔付很快，感谢高静的耐心解释          | false    | NONE             | ruleNoFollowUp
      """;

  private static final List<String> matchedRuleIds = new ArrayList<>();
  private static DmnEngine dmnEngine;
  private static DmnDecision followUp;

  @BeforeAll
  static void parseDecision() {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
        .customPostDecisionTableEvaluationListeners(List.of(event ->
            event.getMatchingRules().forEach(rule -> matchedRuleIds.add(rule.getId()))))
        .buildEngine();
    followUp = dmnEngine.parseDecision("callBackFollowUp", dmn());
  }

  @BeforeEach
  void forgetMatchedRules() {
    matchedRuleIds.clear();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = ANSWERS)
  void anAnswerIsJudgedByTheFirstMatchingRule(String answer, int overall, int lowest, String comment,
      boolean needed, String reason, String rule) {
    DmnDecisionResultEntries result = dmnEngine.evaluateDecision(followUp, inputs(overall, lowest, comment))
        .getSingleResult();

    assertThat(matchedRuleIds).containsExactly(rule);
    assertThat(result.<Boolean>getEntry("followUpNeeded")).isEqualTo(needed);
    assertThat(result.<String>getEntry("followUpReason")).isEqualTo(reason);
  }

  @Test
  void everyRuleOfTheTableJudgesAtLeastOneAnswer() {
    Set<String> matched = new HashSet<>();
    ANSWERS.lines().filter(line -> !line.isBlank() && !line.strip().startsWith("#"))
        .map(line -> Arrays.stream(line.split("\\|")).map(String::strip).toList())
        .forEach(row -> {
          matchedRuleIds.clear();
          dmnEngine.evaluateDecision(followUp, inputs(Integer.parseInt(row.get(1)), Integer.parseInt(row.get(2)),
              row.get(3).isEmpty() ? null : row.get(3)));
          matched.addAll(matchedRuleIds);
        });

    assertThat(matched).containsExactlyInAnyOrderElementsOf(Dmn.readModelFromStream(dmn())
        .getModelElementsByType(Rule.class).stream().map(Rule::getId).collect(Collectors.toSet()));
  }

  private static VariableMap inputs(int overall, int lowest, String comment) {
    return Variables.createVariables().putValue("overallSatisfaction", overall).putValue("lowestScore", lowest)
        .putValue("customerComment", comment);
  }

  private static InputStream dmn() {
    return CallBackFollowUpTableTest.class.getResourceAsStream(DMN);
  }
}
