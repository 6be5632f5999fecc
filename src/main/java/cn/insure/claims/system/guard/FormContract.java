package cn.insure.claims.system.guard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.system.text.PlainText;

/**
 * What a person may write when completing one user task or submitting one start form: the
 * editable fields of its Camunda Form, each with the checks the form declares (required, length,
 * pattern, range, decimals, the offered values). Read-only fields are shown, not owned: a
 * submission may repeat their current value (Tasklist does) but never change it, and they are
 * never written. Anything that is not a field of the form is refused.
 *
 * <p>Over 250 lines because it interprets every check a Camunda Form field can declare (required,
 * length, pattern, range, decimals, offered values) for every field type; one interpreter keeps
 * Tasklist and the server in step.
 */
final class FormContract {

  /** Longest text a field without its own maxLength accepts. */
  static final int DEFAULT_TEXTFIELD_LENGTH = 500;
  static final int DEFAULT_TEXTAREA_LENGTH = 4000;
  private static final int DEFAULT_DECIMALS = 2;
  private static final ObjectMapper JSON = new ObjectMapper();

  record Field(String key, String type, boolean required, Integer minLength, Integer maxLength, String pattern,
      BigDecimal min, BigDecimal max, Integer decimalDigits, List<String> values, String subtype) {
  }

  private final String formId;
  private final Map<String, Field> editable;
  private final Set<String> shown;

  private FormContract(String formId, Map<String, Field> editable, Set<String> shown) {
    this.formId = formId;
    this.editable = editable;
    this.shown = shown;
  }

  String formId() {
    return formId;
  }

  Set<String> ownedVariables() {
    return new TreeSet<>(editable.keySet());
  }

  /** Reads a Camunda Form (form-js schema). */
  static FormContract parse(String json) {
    try {
      JsonNode form = JSON.readTree(json);
      Map<String, Field> editable = new LinkedHashMap<>();
      Set<String> shown = new TreeSet<>();
      collect(form, editable, shown);
      return new FormContract(form.path("id").asText(), editable, shown);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Unreadable Camunda Form", e);
    }
  }

  private static void collect(JsonNode container, Map<String, Field> editable, Set<String> shown) {
    for (JsonNode component : container.path("components")) {
      String key = component.path("key").asText(null);
      if (key != null && !key.isBlank()) {
        if (component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false)) {
          shown.add(key);
        } else {
          editable.put(key, field(key, component));
        }
      }
      collect(component, editable, shown);
    }
  }

  private static Field field(String key, JsonNode component) {
    JsonNode validate = component.path("validate");
    List<String> values = new ArrayList<>();
    component.path("values").forEach(value -> values.add(value.path("value").asText()));
    return new Field(key, component.path("type").asText(), validate.path("required").asBoolean(false),
        intOrNull(validate.path("minLength")), intOrNull(validate.path("maxLength")),
        validate.path("pattern").asText(null), decimalOrNull(validate.path("min")), decimalOrNull(validate.path("max")),
        intOrNull(component.path("decimalDigits")), values, component.path("subtype").asText("datetime"));
  }

  /**
   * Checks a submission and returns what may be written: the owned fields, validated. Shown fields
   * that repeat the current value are left out; everything else is refused with one message naming
   * every variable and what to do.
   *
   * @param current the current value of a variable, for the shown fields
   */
  Map<String, Object> accept(Map<String, ?> submitted, Function<String, Object> current, String what) {
    return accept(submitted, current, what, true);
  }

  /** Like {@link #accept} for some of the fields (variables written before the completion). */
  Map<String, Object> acceptSome(Map<String, ?> submitted, Function<String, Object> current, String what) {
    return accept(submitted, current, what, false);
  }

  private Map<String, Object> accept(Map<String, ?> submitted, Function<String, Object> current, String what,
      boolean whole) {
    List<String> problems = new ArrayList<>();
    Map<String, Object> accepted = new LinkedHashMap<>();
    Map<String, ?> values = submitted == null ? Map.of() : submitted;
    for (String name : values.keySet()) {
      // A variable map hands out values unwrapped; a serialized object would be read (and fail) doing so.
      Object submittedValue = values instanceof VariableMap map ? map.getValueTyped(name) : values.get(name);
      if (submittedValue instanceof ObjectValue) {
        // A serialized object (Java or JSON) is never a form's value; it is not even read.
        problems.add(name + ": must be a plain value (text, number, true/false or date), not a serialized object");
        continue;
      }
      Object value = unwrap(submittedValue);
      Field field = editable.get(name);
      if (field != null) {
        String problem = check(field, value);
        if (problem != null) {
          problems.add(name + ": " + problem);
        } else {
          accepted.put(name, submittedValue);
        }
      } else if (shown.contains(name)) {
        if (!sameValue(value, unwrap(current.apply(name)))) {
          problems.add(name + ": 只读字段不可修改 is shown read-only in form " + formId + " and cannot be changed");
        }
      } else {
        problems.add(name + ": 不属于此步骤 is not a field of form " + formId + "; " + what + " may set only "
            + ownedVariables());
      }
    }
    for (Field field : editable.values()) {
      if (whole && field.required() && !values.containsKey(field.key())) {
        problems.add(field.key() + ": 必填 is required");
      }
    }
    if (!problems.isEmpty()) {
      throw new BadUserRequestException("请更正 Please correct (" + what + "): " + String.join("; ", problems));
    }
    return accepted;
  }

  /** Checks variables written to a task outside its completion (never more than the form owns). */
  void acceptNames(Collection<String> names, String what) {
    List<String> refused = names.stream().filter(name -> !editable.containsKey(name)).sorted().toList();
    if (!refused.isEmpty()) {
      throw new BadUserRequestException(String.join(", ", refused) + ": 不属于此步骤 not fields of form " + formId + "; "
          + what + " may set only " + ownedVariables());
    }
  }

  static Object unwrap(Object value) {
    return value instanceof TypedValue typed ? typed.getValue() : value;
  }

  private static String check(Field field, Object value) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      return field.required() ? "必填 is required" : null;
    }
    return switch (field.type()) {
      case "textfield", "textarea" -> text(field, value);
      case "number" -> number(field, value);
      case "checkbox" -> value instanceof Boolean ? null : "must be true or false";
      case "radio", "select" -> field.values().isEmpty() || field.values().contains(value.toString()) ? null
          : "must be one of " + field.values() + ", got '" + abbreviate(value.toString()) + "'";
      case "checklist", "taglist" -> list(field, value);
      case "datetime" -> dateTime(field, value);
      default -> value instanceof String || value instanceof Number || value instanceof Boolean ? null
          : "unsupported value";
    };
  }

  private static String text(Field field, Object value) {
    if (!(value instanceof String text)) {
      return "must be text";
    }
    int max = field.maxLength() != null ? field.maxLength()
        : "textarea".equals(field.type()) ? DEFAULT_TEXTAREA_LENGTH : DEFAULT_TEXTFIELD_LENGTH;
    if (text.length() > max) {
      return "at most " + max + " characters, got " + text.length();
    }
    String notPlain = PlainText.problem(text);
    if (notPlain != null) {
      return notPlain;
    }
    if (field.minLength() != null && text.trim().length() < field.minLength()) {
      return "at least " + field.minLength() + " characters";
    }
    if (field.pattern() != null && !Pattern.compile(field.pattern()).matcher(text).matches()) {
      return "does not match the required format";
    }
    return null;
  }

  private static String number(Field field, Object value) {
    BigDecimal number;
    try {
      number = value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      return "must be a number, got '" + abbreviate(value.toString()) + "'";
    }
    int decimals = field.decimalDigits() != null ? field.decimalDigits() : DEFAULT_DECIMALS;
    if (number.stripTrailingZeros().scale() > decimals) {
      return "at most " + decimals + " decimal places";
    }
    if (field.min() != null && number.compareTo(field.min()) < 0) {
      return "at least " + field.min().toPlainString();
    }
    if (field.max() != null && number.compareTo(field.max()) > 0) {
      return "at most " + field.max().toPlainString();
    }
    if (number.abs().compareTo(new BigDecimal("1e13")) >= 0) {
      return "out of range";
    }
    return null;
  }

  private static String list(Field field, Object value) {
    List<String> items = new ArrayList<>();
    try {
      JsonNode node = value instanceof Collection<?> collection ? JSON.valueToTree(collection)
          : JSON.readTree(value.toString());
      if (node.isTextual()) {
        node = JSON.readTree(node.asText());
      }
      if (!node.isArray()) {
        return "must be a list";
      }
      node.forEach(item -> items.add(item.isObject() ? item.path("value").asText() : item.asText()));
    } catch (java.io.IOException | IllegalArgumentException e) {
      return "must be a list";
    }
    if (!field.values().isEmpty() && !field.values().containsAll(items)) {
      return "every item must be one of " + field.values();
    }
    return null;
  }

  private static String dateTime(Field field, Object value) {
    if (value instanceof Date) {
      return null;
    }
    String text = value.toString().trim();
    if (text.length() > 40) {
      return "is not a date";
    }
    try {
      if ("date".equals(field.subtype())) {
        LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
      } else {
        parseDateTime(text);
      }
      return null;
    } catch (DateTimeParseException e) {
      return "is not a date" + ("date".equals(field.subtype()) ? " (yyyy-MM-dd)" : " and time (ISO 8601)");
    }
  }

  private static void parseDateTime(String text) {
    try {
      OffsetDateTime.parse(text);
    } catch (DateTimeParseException offsetMissing) {
      try {
        LocalDateTime.parse(text);
      } catch (DateTimeParseException noTime) {
        LocalDate.parse(text);
      }
    }
  }

  /** Whether a submitted value repeats the current one (numbers by value, blanks alike). */
  static boolean sameValue(Object submitted, Object current) {
    Object a = comparable(submitted);
    Object b = comparable(current);
    if (a == null || b == null) {
      return a == null && b == null;
    }
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    if (b instanceof Instant instant && a instanceof String text) {
      try {
        return OffsetDateTime.parse(text).toInstant().equals(instant);
      } catch (DateTimeParseException e) {
        return false;
      }
    }
    return a.toString().equals(b.toString());
  }

  private static Object comparable(Object value) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      return null;
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString());
    }
    if (value instanceof String text) {
      String trimmed = text.trim();
      if (trimmed.matches("-?\\d+(\\.\\d+)?")) {
        return new BigDecimal(trimmed);
      }
      if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
        return normalisedJson(trimmed);
      }
      return trimmed;
    }
    if (value instanceof Date date) {
      return date.toInstant();
    }
    if (value instanceof Boolean) {
      return value.toString();
    }
    return normalisedJson(value.toString());
  }

  private static String normalisedJson(String text) {
    try {
      return JSON.readTree(text).toString();
    } catch (java.io.IOException e) {
      return text;
    }
  }

  private static Integer intOrNull(JsonNode node) {
    return node.isNumber() ? node.asInt() : null;
  }

  private static BigDecimal decimalOrNull(JsonNode node) {
    return node.isNumber() ? node.decimalValue() : null;
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
