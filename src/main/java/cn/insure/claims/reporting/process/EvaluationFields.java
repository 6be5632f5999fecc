package cn.insure.claims.reporting.process;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The check every text field of the evaluation forms gets on the server. Who acted is
 * {@code TaskActors.completerOf} (the authenticated user), as for every other task.
 */
final class EvaluationFields {

  private EvaluationFields() {
  }

  /** The trimmed text of a required field of at most {@code max} characters. */
  static String requiredText(DelegateTask task, String field, String label, int max) {
    Object value = task.getVariable(field);
    if (value == null || value.toString().isBlank()) {
      throw new BadUserRequestException(field + ": 请填写" + label + " is required");
    }
    String text = value.toString().trim();
    if (text.length() > max) {
      throw new BadUserRequestException(field + ": 最多" + max + "字 at most " + max + " characters");
    }
    return text;
  }
}
