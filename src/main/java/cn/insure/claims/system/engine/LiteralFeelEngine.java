package cn.insure.claims.system.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The DMN engine's FEEL, with the decision tables' commonest cells answered without the FEEL
 * interpreter: profiling a surge of claims showed about 39 % of the CPU in FEEL, most of it parsing
 * the same cell again and building FEEL's built-in functions for every evaluation (FEEL-Scala
 * 1.17's {@code rootContext}; Camunda 7.24 CE ships it). Most cells of our tables are literals:
 * {@code "MEDICAL"}, {@code true}, {@code false, null}, a variable name as input expression.
 *
 * <p>Answered here, with FEEL's meaning: a unary test that is a comma-separated list of string
 * literals (without escapes), {@code true}, {@code false} and {@code null} (matches when the
 * input equals one of them; a string never equals a number or boolean); an expression that is one such
 * literal; an expression that is a variable's name whose value is a string, a boolean or null; the
 * unary tests {@code -} (any input: 13 cells of the document checklist, which otherwise reached FEEL on
 * every claim) and {@code not(null)} (any input but null).
 * Everything else (ranges, comparisons, numbers, dates, functions, other {@code not(...)}) goes to the
 * delegate, Camunda's Scala FEEL engine. What a cell is gets decided once per distinct text and
 * cached. {@code LiteralFeelEngineTest} compares both engines on the same cells and inputs.
 */
final class LiteralFeelEngine implements FeelEngine {

  private static final Pattern LITERAL = Pattern.compile("\\s*(\"([^\"\\\\]*)\"|true|false|null)\\s*(,|$)");
  /** FEEL's "any input" cell. */
  private static final String ANY = "-";
  /** A cell that asks for any value at all. */
  private static final String NOT_NULL = "not(null)";
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Object NULL = new Object();
  private static final int MAX_CACHED = 10_000;

  private final FeelEngine feel;
  private final Map<String, Optional<List<Object>>> unaryTests = new ConcurrentHashMap<>();

  LiteralFeelEngine(FeelEngine feel) {
    this.feel = feel;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
    String text = expression == null ? "" : expression.trim();
    Optional<List<Object>> literal = literals(text);
    if (literal.isPresent() && literal.get().size() == 1) {
      Object value = literal.get().get(0);
      return (T) (value == NULL ? null : value);
    }
    if (NAME.matcher(text).matches() && !isKeyword(text) && variableContext.containsVariable(text)) {
      TypedValue typed = variableContext.resolve(text);
      Object value = typed == null ? null : typed.getValue();
      if (value == null || value instanceof String || value instanceof Boolean) {
        return (T) value;
      }
    }
    return feel.evaluateSimpleExpression(expression, variableContext);
  }

  @Override
  public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
    String text = expression == null ? "" : expression.trim();
    if (ANY.equals(text)) {
      return true;
    }
    if (NOT_NULL.equals(text)) {
      TypedValue typed = variableContext.resolve(inputVariable);
      return typed != null && typed.getValue() != null;
    }
    Optional<List<Object>> literal = literals(text);
    if (literal.isEmpty()) {
      return feel.evaluateSimpleUnaryTests(expression, inputVariable, variableContext);
    }
    TypedValue typed = variableContext.resolve(inputVariable);
    Object input = typed == null ? null : typed.getValue();
    for (Object test : literal.get()) {
      if (test == NULL ? input == null : test.equals(input)) {
        return true;
      }
    }
    return false;
  }

  /** The literals of a cell that is nothing but literals, or empty. */
  private Optional<List<Object>> literals(String text) {
    Optional<List<Object>> known = unaryTests.get(text);
    if (known != null) {
      return known;
    }
    Optional<List<Object>> parsed = parse(text);
    if (unaryTests.size() < MAX_CACHED) {
      unaryTests.put(text, parsed);
    }
    return parsed;
  }

  static Optional<List<Object>> parse(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    List<Object> values = new ArrayList<>();
    Matcher matcher = LITERAL.matcher(text);
    int position = 0;
    while (position < text.length()) {
      if (!matcher.find(position) || matcher.start() != position) {
        return Optional.empty();
      }
      String token = matcher.group(1);
      values.add(switch (token) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        case "null" -> NULL;
        default -> matcher.group(2);
      });
      position = matcher.end();
      if (matcher.group(3).isEmpty()) {
        break;
      }
      if (position == text.length()) {
        return Optional.empty(); // a trailing comma is not FEEL
      }
    }
    return position == text.length() ? Optional.of(List.copyOf(values)) : Optional.empty();
  }

  private static boolean isKeyword(String name) {
    return switch (name) {
      case "true", "false", "null", "not", "and", "or", "if", "then", "else", "for", "in", "return", "some", "every",
          "satisfies", "between", "instance", "of", "function" -> true;
      default -> false;
    };
  }
}
