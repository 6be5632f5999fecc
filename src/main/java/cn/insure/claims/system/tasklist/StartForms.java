package cn.insure.claims.system.tasklist;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Reading what staff entered in a Tasklist start form into a case submission: values trimmed,
 * enums checked, bean validation applied, and every refusal turned into a
 * {@link BadUserRequestException} whose message Tasklist shows next to the form.
 */
public final class StartForms {

  private StartForms() {
  }

  /** The trimmed text of a form field, or null when it is empty. */
  public static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  /** Upper case, for values typed in lower case (case numbers, the X of an ID number). */
  public static String upper(String value) {
    return value == null ? null : value.toUpperCase(Locale.ROOT);
  }

  public static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new BadUserRequestException(type.getSimpleName() + " '" + value + "' is not one of "
          + Arrays.toString(type.getEnumConstants()));
    }
  }

  /** Refuses the submission, naming every form field to correct, unless it is valid. */
  public static <T> void requireValid(Validator validator, T submission) {
    requireValid(validator, submission, Map.of());
  }

  /**
   * Like {@link #requireValid(Validator, Object)}: each refusal names the start form's field, which is
   * the submission's property path joined in camel case ({@code loss.date} → {@code lossDate}) unless
   * {@code formFieldOf} names it otherwise ({@code loss.peril} → {@code peril}).
   */
  public static <T> void requireValid(Validator validator, T submission, Map<String, String> formFieldOf) {
    Set<ConstraintViolation<T>> violations = validator.validate(submission);
    if (!violations.isEmpty()) {
      throw new BadUserRequestException("请更正 Please correct: " + violations.stream()
          .map(v -> formField(v.getPropertyPath().toString(), formFieldOf) + " " + v.getMessage()).sorted()
          .distinct().collect(Collectors.joining("; ")));
    }
  }

  static String formField(String propertyPath, Map<String, String> formFieldOf) {
    String path = propertyPath.replaceAll("\\[\\d*]", "").replace("<list element>", "");
    if (path.endsWith(".")) {
      path = path.substring(0, path.length() - 1);
    }
    if (formFieldOf.containsKey(path)) {
      return formFieldOf.get(path);
    }
    String[] nodes = path.split("\\.");
    StringBuilder field = new StringBuilder(nodes[0]);
    for (int i = 1; i < nodes.length; i++) {
      if (!nodes[i].isEmpty()) {
        field.append(Character.toUpperCase(nodes[i].charAt(0))).append(nodes[i].substring(1));
      }
    }
    return field.toString();
  }

  /** The Tasklist user who submitted the form. */
  public static String enteredBy(DelegateExecution execution) {
    var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? "tasklist" : authentication.getUserId();
  }
}
