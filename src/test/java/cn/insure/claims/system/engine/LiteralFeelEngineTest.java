package cn.insure.claims.system.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
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
  static final List<String> OTHER_TESTS = List.of("[0..3000]", "not(\"MEDICAL\")", "\"A\" , ",
      "<= \"M\"", "< null", "\"MED\\\"ICAL\"", "-1", "date(\"2026-12-01\")", "> 1.5e3",
      "<= 12345678901234567890123456789012345");
  static final List<String> COMPARISONS = List.of("<= 5000", "< 5000", "> 10", " >= 500000", ">=500000", "< 0.1",
      "<= 0.1", "<= -3", ">= 4999.5", "<= limit", "< limit", "> limit", ">= limit");
  /** Numbers as the engine hands them to a decision: amounts are BigDecimals, counts Integers or Longs. */
  static final List<Object> NUMBERS = List.of(12, 20000L, (short) 3, 4999.5, 0.1, 3.0, -3, new BigDecimal("5000.00"),
      new BigDecimal("0.10"), new BigDecimal("500000"), new BigDecimal("4999.49"), new BigDecimal("1E+3"),
      new BigDecimal("12345678901234567890"));
  static final List<Object> INPUTS = Arrays.asList("MEDICAL", "ACCIDENT", "DEATH", "", "医疗 MEDICAL", "medical",
      true, false, null, 12, 4999.5, 20000L);

  @Test
  void literalUnaryTestsMatchExactlyWhatFeelMatchesWithoutAskingFeel() {
    CountingFeel counting = new CountingFeel();
    LiteralFeelEngine fast = new LiteralFeelEngine(counting);
    for (String test : LITERAL_TESTS) {
      for (Object input : INPUTS) {
        VariableContext context = Variables.createVariables().putValue("cellInput", input).asVariableContext();
        answersAsFeel(fast, test, context, "%s on %s", test, input);
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

    assertThat((Object) fast.evaluateSimpleExpression("amount > 10000", context)).isEqualTo(true);
    assertThat(counting.calls).as("an expression that is more than a name or literal").hasValue(1);
  }

  @Test
  void numbersAsExpressionsComeBackAsFeelGivesThemWithoutAskingFeel() {
    CountingFeel counting = new CountingFeel();
    LiteralFeelEngine fast = new LiteralFeelEngine(counting);
    List<String> literals = List.of("10000", "200000", "0", "0.5", "-3", "1.50", "007", "123456789012345678901234");
    VariableContext empty = Variables.createVariables().asVariableContext();
    for (String literal : literals) {
      Object expected = FEEL.evaluateSimpleExpression(literal, empty);
      Object actual = fast.evaluateSimpleExpression(literal, empty);
      assertThat(actual).as(literal).isEqualTo(expected);
      assertThat(actual.getClass()).as("%s: FEEL's Long or Double", literal).isEqualTo(expected.getClass());
    }
    for (Object number : NUMBERS) {
      VariableContext context = Variables.createVariables().putValue("claimedAmount", number).asVariableContext();
      Object expected = FEEL.evaluateSimpleExpression("claimedAmount", context);
      Object actual = fast.evaluateSimpleExpression("claimedAmount", context);
      assertThat(actual).as("%s %s", number.getClass().getSimpleName(), number).isEqualTo(expected);
      assertThat(actual.getClass()).as("%s %s", number.getClass().getSimpleName(), number)
          .isEqualTo(expected.getClass());
    }
    assertThat(counting.calls).as("numbers never reach the FEEL interpreter").hasValue(0);

    VariableContext tooLong = Variables.createVariables()
        .putValue("claimedAmount", new BigDecimal("1234567890123456789012345678901234.5")).asVariableContext();
    assertThat((Object) fast.evaluateSimpleExpression("claimedAmount", tooLong))
        .isEqualTo(FEEL.evaluateSimpleExpression("claimedAmount", tooLong));
    assertThat(counting.calls).as("a number longer than FEEL's 34 digits is FEEL's to round").hasValue(1);
  }

  @Test
  void comparisonsOfNumbersMatchExactlyWhatFeelMatchesWithoutAskingFeel() {
    CountingFeel counting = new CountingFeel();
    LiteralFeelEngine fast = new LiteralFeelEngine(counting);
    int compared = 0;
    for (String test : COMPARISONS) {
      for (Object input : NUMBERS) {
        for (Object limit : List.of(new BigDecimal("5000.00"), 20000L, 4999.5, 3)) {
          VariableContext context = Variables.createVariables().putValue("cellInput", input).putValue("limit", limit)
              .asVariableContext();
          answersAsFeel(fast, test, context, "%s on %s with limit %s", test, input, limit);
          compared++;
        }
      }
    }
    assertThat(compared).isEqualTo(COMPARISONS.size() * NUMBERS.size() * 4);
    assertThat(counting.calls).as("comparisons of numbers never reach the FEEL interpreter").hasValue(0);
  }

  @Test
  void aComparisonWithoutTwoNumbersIsFeelsToAnswer() {
    CountingFeel counting = new CountingFeel();
    LiteralFeelEngine fast = new LiteralFeelEngine(counting);
    List<Object> notNumbers = new ArrayList<>(Arrays.asList("MEDICAL", "5000", true, null, 1.0f));
    int asked = 0;
    for (String test : List.of("<= 5000", "> limit")) {
      for (Object input : notNumbers) {
        VariableContext context = Variables.createVariables().putValue("cellInput", input).putValue("limit", 10)
            .asVariableContext();
        answersAsFeel(fast, test, context, "%s on %s", test, input);
        asked++;
      }
    }
    for (Object limit : notNumbers) {
      VariableContext context = Variables.createVariables().putValue("cellInput", 12).putValue("limit", limit)
          .asVariableContext();
      answersAsFeel(fast, "<= limit", context, "12 <= %s", limit);
      asked++;
    }
    VariableContext noLimit = Variables.createVariables().putValue("cellInput", 12).asVariableContext();
    answersAsFeel(fast, "<= limit", noLimit, "12 <= a missing variable");
    asked++;
    assertThat(counting.calls).as("null, strings, booleans, floats and missing variables are FEEL's").hasValue(asked);
  }

  /** The cell {@code test} on the input {@code cellInput} of {@code context}: the same answer as Camunda's FEEL. */
  private static void answersAsFeel(LiteralFeelEngine fast, String test, VariableContext context, String description,
      Object... arguments) {
    assertThat(fast.evaluateSimpleUnaryTests(test, "cellInput", context)).as(description, arguments)
        .isEqualTo(FEEL.evaluateSimpleUnaryTests(test, "cellInput", context));
  }
}
