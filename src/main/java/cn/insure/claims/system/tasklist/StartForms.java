package cn.insure.claims.system.tasklist;

import java.util.Arrays;
import java.util.Locale;
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

  /** Refuses the submission, naming every field to correct, unless it is valid. */
  public static <T> void requireValid(Validator validator, T submission) {
    Set<ConstraintViolation<T>> violations = validator.validate(submission);
    if (!violations.isEmpty()) {
      throw new BadUserRequestException("请更正 Please correct: " + violations.stream()
          .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
    }
  }

  /** The Tasklist user who submitted the form. */
  public static String enteredBy(DelegateExecution execution) {
    var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? "tasklist" : authentication.getUserId();
  }
}
