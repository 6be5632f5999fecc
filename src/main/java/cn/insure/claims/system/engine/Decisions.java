package cn.insure.claims.system.engine;

import java.util.Collections;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The analysts' decision tables (DMN), evaluated for feature code that decides outside a process
 * (green-channel eligibility at intake, call-back sampling): the features ask here and need no engine
 * API. Every evaluation is kept in the engine's decision history, as one inside a process is.
 */
@Component
public class Decisions {

  private final DecisionService decisionService;

  Decisions(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  /**
   * The outputs of the one rule the decision {@code decisionKey} chose for these facts (an empty map
   * when no rule matched). Amounts go in as {@code BigDecimal}; a table with several matching rules
   * under a single-result hit policy is a modelling error and throws.
   */
  public Map<String, Object> single(String decisionKey, Map<String, Object> facts) {
    DmnDecisionResultEntries result = decisionService.evaluateDecisionByKey(decisionKey)
        .variables(Variables.fromMap(facts)).evaluate().getSingleResult();
    return result == null ? Map.of() : Collections.unmodifiableMap(result.getEntryMap());
  }
}
