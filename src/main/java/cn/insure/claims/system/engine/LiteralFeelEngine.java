package cn.insure.claims.system.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
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
 *
 * <p>Numbers, since a profile of green-channel claims settled straight through showed 11 % of the
 * JVM's CPU still in FEEL (the amounts and limits of the eligibility, routing and authority tables):
 * an expression that is a number literal ({@code 200000}) or a variable whose value is a Java number
 * (an amount is a {@code BigDecimal}) gives what FEEL gives, a {@code Long} when the number is whole
 * and fits, a {@code Double} otherwise; a unary test {@code <}, {@code <=}, {@code >} or {@code >=}
 * followed by a number literal or a variable's name compares the two as decimals when both are
 * numbers. When either is not a number (null, a string, a missing variable) the cell goes to FEEL,
 * which decides what that means.
 *
 * <p>Everything else (ranges, other comparisons, dates, functions, other {@code not(...)}) goes to the
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
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  /** An operator, then a bound: a number as {@link #NUMBER} reads it or a name as {@link #NAME} does (group 2). */
  private static final Pattern COMPARISON =
      Pattern.compile("(<=|>=|<|>)\\s*(" + NUMBER.pattern() + "|" + NAME.pattern() + ")");
  private static final Object NULL = new Object();
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  /** FEEL's numbers are decimals of at most 34 digits (DECIMAL128); longer ones are FEEL's to round. */
  private static final int FEEL_DIGITS = 34;
  private static final int MAX_CACHED = 10_000;

  private final FeelEngine feel;
  private final Map<String, Optional<List<Object>>> unaryTests = new ConcurrentHashMap<>();
  private final Map<String, Optional<Comparison>> comparisons = new ConcurrentHashMap<>();

  /** A unary test such as {@code <= fastTrackLimit} or {@code >= 500000}: a literal bound or a variable's. */
  record Comparison(String operator, BigDecimal literal, String variable) {

    boolean test(BigDecimal input, BigDecimal bound) {
      int order = input.compareTo(bound);
      return switch (operator) {
        case "<" -> order < 0;
        case "<=" -> order <= 0;
        case ">" -> order > 0;
        default -> order >= 0;
      };
    }
  }

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
    if (NUMBER.matcher(text).matches() && text.length() <= FEEL_DIGITS) {
      return (T) asFeelReturnsIt(new BigDecimal(text));
    }
    if (NAME.matcher(text).matches() && !isKeyword(text) && variableContext.containsVariable(text)) {
      Object value = valueOf(variableContext.resolve(text));
      if (value == null || value instanceof String || value instanceof Boolean) {
        return (T) value;
      }
      BigDecimal number = decimal(value);
      if (number != null) {
        return (T) asFeelReturnsIt(number);
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
      return valueOf(variableContext.resolve(inputVariable)) != null;
    }
    Optional<List<Object>> literal = literals(text);
    if (literal.isEmpty()) {
      Boolean compared = compare(text, inputVariable, variableContext);
      return compared != null ? compared : feel.evaluateSimpleUnaryTests(expression, inputVariable, variableContext);
    }
    Object input = valueOf(variableContext.resolve(inputVariable));
    for (Object test : literal.get()) {
      if (test == NULL ? input == null : test.equals(input)) {
        return true;
      }
    }
    return false;
  }

  /** The answer of a comparison cell when its input and bound are both numbers, else null (FEEL's to answer). */
  private Boolean compare(String text, String inputVariable, VariableContext variableContext) {
    Optional<Comparison> known = cached(comparisons, text, LiteralFeelEngine::comparison);
    if (known.isEmpty()) {
      return null;
    }
    Comparison comparison = known.get();
    BigDecimal bound = comparison.literal();
    if (bound == null) {
      if (!variableContext.containsVariable(comparison.variable())) {
        return null;
      }
      bound = decimal(valueOf(variableContext.resolve(comparison.variable())));
    }
    BigDecimal input = decimal(valueOf(variableContext.resolve(inputVariable)));
    return bound == null || input == null ? null : comparison.test(input, bound);
  }

  static Optional<Comparison> comparison(String text) {
    Matcher matcher = COMPARISON.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String bound = matcher.group(2);
    if (NUMBER.matcher(bound).matches()) {
      return bound.length() <= FEEL_DIGITS ? Optional.of(new Comparison(matcher.group(1), new BigDecimal(bound), null))
          : Optional.empty();
    }
    return isKeyword(bound) ? Optional.empty() : Optional.of(new Comparison(matcher.group(1), null, bound));
  }

  private static Object valueOf(TypedValue typed) {
    return typed == null ? null : typed.getValue();
  }

  /** A Java number as FEEL reads it (a decimal; a double by its shortest decimal form), or null for anything else. */
  static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal.precision() <= FEEL_DIGITS ? decimal : null;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof Double number && Double.isFinite(number)) {
      return BigDecimal.valueOf(number);
    }
    return null;
  }

  /** What FEEL's engine hands back for a number: a {@code Long} when it is whole and fits, else a {@code Double}. */
  static Object asFeelReturnsIt(BigDecimal number) {
    BigDecimal whole = number.stripTrailingZeros();
    if (whole.scale() <= 0 && whole.compareTo(LONG_MIN) >= 0 && whole.compareTo(LONG_MAX) <= 0) {
      return whole.longValueExact();
    }
    return number.doubleValue();
  }

  /** The literals of a cell that is nothing but literals, or empty. */
  private Optional<List<Object>> literals(String text) {
    return cached(unaryTests, text, LiteralFeelEngine::parse);
  }

  /** What a cell's text is, decided once per distinct text (at most {@value #MAX_CACHED} texts kept). */
  private static <T> Optional<T> cached(Map<String, Optional<T>> cache, String text,
      Function<String, Optional<T>> decide) {
    Optional<T> known = cache.get(text);
    if (known != null) {
      return known;
    }
    Optional<T> decided = decide.apply(text);
    if (cache.size() < MAX_CACHED) {
      cache.put(text, decided);
    }
    return decided;
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
