package cn.insure.claims.catastrophe.process;

import static cn.insure.claims.catastrophe.process.CatastropheEventProcess.VAR_ADVANCE_PAYMENT_SHARE;
import static cn.insure.claims.catastrophe.process.CatastropheEventProcess.VAR_AUTO_SETTLEMENT_LIMIT;
import static cn.insure.claims.catastrophe.process.CatastropheEventProcess.VAR_FAST_TRACK_LIMIT;
import static cn.insure.claims.catastrophe.process.CatastropheEventProcess.VAR_PERILS;
import static cn.insure.claims.catastrophe.process.CatastropheEventProcess.VAR_REGION_CODES;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import cn.insure.claims.catastrophe.CatastropheDeclaration;
import cn.insure.claims.catastrophe.CatastropheEvent;
import cn.insure.claims.catastrophe.CatastropheService;
import cn.insure.claims.catastrophe.Grade;
import cn.insure.claims.claim.ClaimSubmission;
import cn.insure.claims.system.engine.EngineAmounts;
import cn.insure.claims.system.tasklist.StartForms;
import jakarta.validation.Validator;

/**
 * Task {@code registerCatastropheEvent}: an event declared in Tasklist's start form
 * {@code declareCatastrophe} is registered and open from now on (an event declared through the API
 * is registered before its process starts and passes through).
 */
@Component
class RegisterCatastropheEventDelegate implements JavaDelegate {

  private final CatastropheService catastrophes;
  private final Validator validator;

  RegisterCatastropheEventDelegate(CatastropheService catastrophes, Validator validator) {
    this.catastrophes = catastrophes;
    this.validator = validator;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.hasVariable(CatastropheEventProcess.VAR_EVENT_ID)) {
      return;
    }
    CatastropheDeclaration declaration = fromStartForm(execution);
    StartForms.requireValid(validator, declaration, Map.of("name", "eventName"));
    CatastropheEvent event;
    try {
      event = catastrophes.register(declaration, declaredBy(execution));
    } catch (ErrorResponseException refused) {
      throw new BadUserRequestException(describe(refused.getBody()));
    }
    execution.setProcessBusinessKey(event.eventId());
    execution.setVariables(CatastropheEventProcess.variablesOf(event));
  }

  private static CatastropheDeclaration fromStartForm(DelegateExecution execution) {
    return new CatastropheDeclaration(text(execution, "eventName"),
        enumValue(Grade.class, text(execution, "grade")), regionCodes(execution.getVariable(VAR_REGION_CODES)),
        perils(execution.getVariable(VAR_PERILS)), date(text(execution, "lossFrom")), date(text(execution, "lossTo")),
        EngineAmounts.of(execution.getVariable(VAR_FAST_TRACK_LIMIT)),
        EngineAmounts.of(execution.getVariable(VAR_AUTO_SETTLEMENT_LIMIT)),
        EngineAmounts.of(execution.getVariable(VAR_ADVANCE_PAYMENT_SHARE)));
  }

  /** Region codes as typed: separated by commas, spaces or the Chinese comma. */
  private static List<String> regionCodes(Object value) {
    if (value == null) {
      return List.of();
    }
    return Arrays.stream(value.toString().split("[,，、;\\s]+")).filter(code -> !code.isBlank()).toList();
  }

  /**
   * Perils as Tasklist submits the form's checklist (a JSON array, type Json), as a list (the engine
   * API) or as typed text.
   */
  private static List<ClaimSubmission.Peril> perils(Object value) {
    if (value instanceof SpinJsonNode json && json.isArray()) {
      return json.elements().stream().map(p -> enumValue(ClaimSubmission.Peril.class, p.stringValue())).toList();
    }
    if (!(value instanceof Collection<?> selected)) {
      return value == null || value.toString().isBlank() ? List.of()
          : Arrays.stream(value.toString().split("[,，\\s]+")).map(p -> enumValue(ClaimSubmission.Peril.class, p))
              .toList();
    }
    return selected.stream().map(p -> enumValue(ClaimSubmission.Peril.class, p.toString())).toList();
  }

  private static String describe(ProblemDetail problem) {
    Object errors = problem.getProperties() == null ? null : problem.getProperties().get("errors");
    return problem.getDetail() + (errors == null ? "" : " " + errors);
  }

  private static String declaredBy(DelegateExecution execution) {
    var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? "tasklist" : authentication.getUserId();
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  private static LocalDate date(String value) {
    // form-js date fields submit yyyy-MM-dd; a date-time value keeps its date part.
    return value == null ? null : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim());
    } catch (IllegalArgumentException e) {
      throw new BadUserRequestException(type.getSimpleName() + " '" + value + "' is not one of "
          + Arrays.toString(type.getEnumConstants()));
    }
  }
}
