package cn.insure.claims.consultation.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;

import cn.insure.claims.claim.ClaimSubmission;
import cn.insure.claims.consultation.ConsultationService;

/** The loss-report fields of the {@code answerConsultation} form, read the same way by its listener and the claim step. */
final class LossReportFields {

  private LossReportFields() {
  }

  static ConsultationService.LossReport of(VariableScope task) {
    return new ConsultationService.LossReport(upper(text(task, "policyNumber")),
        upper(text(task, ConsultationHandlingProcess.VAR_CLAIMANT_ID_NUMBER)),
        enumValue(ClaimSubmission.ClaimType.class, task, "claimType"), date(task, "lossDate"),
        text(task, "lossPlace"), text(task, "lossRegionCode"),
        enumValue(ClaimSubmission.Peril.class, task, "peril"), text(task, "lossCause"),
        amount(task, ConsultationHandlingProcess.VAR_CLAIMED_AMOUNT));
  }

  private static String upper(String value) {
    return value == null ? null : value.toUpperCase(Locale.ROOT);
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, VariableScope task, String field) {
    String value = text(task, field);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new BadUserRequestException(field + ": '" + value + "' is not one of " + Set.of(type.getEnumConstants()));
    }
  }

  private static LocalDate date(VariableScope task, String field) {
    String value = text(task, field);
    try {
      return value == null ? null : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      throw new BadUserRequestException(field + ": 日期格式 YYYY-MM-DD a date like 2026-11-20");
    }
  }

  private static BigDecimal amount(VariableScope task, String field) {
    Object value = task.getVariable(field);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new BadUserRequestException(field + ": 请填写金额 an amount in CNY like 3200.50");
    }
  }

  private static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
