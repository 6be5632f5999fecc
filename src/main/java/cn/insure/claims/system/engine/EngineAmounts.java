package cn.insure.claims.system.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Money in process variables. The engine keeps an amount as a {@code BigDecimal} object variable
 * serialized as JSON ({@link #variable}), e.g. {@code 12800.00}: exact, shown as a number by
 * Tasklist's forms (which parse the JSON text) and readable in Cockpit. A form sends a plain JSON number, which the
 * engine stores as a Long or Double; it is read here from its decimal text, never through
 * floating-point arithmetic, and written back as {@code BigDecimal}.
 */
public final class EngineAmounts {

  private EngineAmounts() {
  }

  /**
   * The variable value of an amount in CNY: a {@code BigDecimal} in fen (2 decimals, rounded half up)
   * as a JSON object variable (never Java serialization, never a double); null stays null.
   */
  public static TypedValue variable(BigDecimal amount) {
    return decimal(amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP));
  }

  /** The variable value of a share or rate (an advance's 0.3000): the decimal as it is, as a JSON object variable. */
  public static TypedValue share(BigDecimal share) {
    return decimal(share);
  }

  private static TypedValue decimal(BigDecimal value) {
    return value == null ? Variables.untypedNullValue()
        : Variables.objectValue(value).serializationDataFormat(SerializationDataFormats.JSON).create();
  }

  /** The amount a variable holds ({@code BigDecimal}, or a number a form sent), or null. */
  public static BigDecimal of(Object value) {
    if (value == null || value instanceof BigDecimal) {
      return (BigDecimal) value;
    }
    if (value instanceof Number || value instanceof String) {
      String text = value.toString().trim();
      return text.isEmpty() ? null : new BigDecimal(text);
    }
    throw new IllegalArgumentException("not an amount: a " + value.getClass().getSimpleName());
  }

  /** An amount in CNY as the engine keeps it: fen (2 decimals), rounded half up. */
  public static BigDecimal money(Object value) {
    BigDecimal amount = of(value);
    return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
  }
}
