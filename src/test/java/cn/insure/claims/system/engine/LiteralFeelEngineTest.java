package cn.insure.claims.system.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

/**
 * The literal cells of our decision tables answered without the FEEL interpreter give exactly what
 * Camunda's FEEL engine gives, for the same cells and inputs; every other cell still goes to FEEL.
 */
class LiteralFeelEngineTest {

  static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

  /** Counts what reaches the real FEEL engine. */
  static final class CountingFeel implements FeelEngine {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public <T> T evaluateSimpleExpression(String expression, VariableContext context) {
      calls.incrementAndGet();
      return FEEL.evaluateSimpleExpression(expression, context);
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String input, VariableContext context) {
      calls.incrementAndGet();
      return FEEL.evaluateSimpleUnaryTests(expression, input, context);
    }
  }

  static final List<String> LITERAL_TESTS = List.of("\"MEDICAL\"", " \"MEDICAL\" ", "\"ACCIDENT\",\"DEATH\"",
      "\"ACCIDENT\", \"DEATH\"", "true", "false", "false, null", "null", "\"\"", "\"医疗 MEDICAL\"",
      "-", " - ", "not(null)");
  static final List<String> OTHER_TESTS = List.of("<= 5000", "[0..3000]", "not(\"MEDICAL\")", "\"A\" , ",
      "> 10", "\"MED\\\"ICAL\"", "-1", "date(\"2026-12-01\")");
  static final List<Object> INPUTS = Arrays.asList("MEDICAL", "ACCIDENT", "DEATH", "", "医疗 MEDICAL", "medical",
      true, false, null, 12, 4999.5, 20000L);

  @Test
  void literalUnaryTestsMatchExactlyWhatFeelMatchesWithoutAskingFeel() {
    CountingFeel counting = new CountingFeel();
    LiteralFeelEngine fast = new LiteralFeelEngine(counting);
    for (String test : LITERAL_TESTS) {
      for (Object input : INPUTS) {
        VariableContext context = Variables.createVariables().putValue("cellInput", input).asVariableContext();
        assertThat(fast.evaluateSimpleUnaryTests(test, "cellInput", context))
            .as("%s on %s", test, input)
            .isEqualTo(FEEL.evaluateSimpleUnaryTests(test, "cellInput", context));
      }
    }
    assertThat(counting.calls).as("literal cells never reach the FEEL interpreter").hasValue(0);
  }

  @Test
  void everyOtherCellIsFeelsToAnswer() {
    CountingFeel counting = new CountingFeel();
    LiteralFeelEngine fast = new LiteralFeelEngine(counting);
    int asked = 0;
    for (String test : OTHER_TESTS) {
      for (Object input : List.of(12, 4999.5, "MEDICAL")) {
        VariableContext context = Variables.createVariables().putValue("cellInput", input).asVariableContext();
        boolean expected;
        try {
          expected = FEEL.evaluateSimpleUnaryTests(test, "cellInput", context);
        } catch (RuntimeException notFeel) {
          continue;
        }
        assertThat(fast.evaluateSimpleUnaryTests(test, "cellInput", context)).as("%s on %s", test, input)
            .isEqualTo(expected);
        asked++;
      }
    }
    assertThat(counting.calls).hasValue(asked);
    assertThat(asked).isPositive();
  }

  @Test
  void literalAndNameExpressionsGiveFeelsValues() {
    CountingFeel counting = new CountingFeel();
    LiteralFeelEngine fast = new LiteralFeelEngine(counting);
    VariableContext context = Variables.createVariables().putValue("productLine", "MEDICAL")
        .putValue("greenChannel", true).putValue("coverageWarning", null).putValue("amount", 12800)
        .asVariableContext();
    for (String expression : List.of("\"MEDICAL_RECORD\"", "true", "false", "null", "productLine", "greenChannel",
        "coverageWarning")) {
      Object expected = FEEL.evaluateSimpleExpression(expression, context);
      assertThat((Object) fast.evaluateSimpleExpression(expression, context)).as(expression).isEqualTo(expected);
    }
    assertThat(counting.calls).as("answered without FEEL").hasValue(0);

    Object amount = fast.evaluateSimpleExpression("amount", context);
    assertThat(amount).as("numbers are FEEL's to convert").isEqualTo(FEEL.evaluateSimpleExpression("amount", context));
    assertThat((Object) fast.evaluateSimpleExpression("amount > 10000", context)).isEqualTo(true);
    assertThat(counting.calls).hasValue(2);
  }
}
