package cn.insure.claims.quality.process;

import static cn.insure.claims.quality.process.ComplaintCauseAnalysisProcess.VAR_CASE_SUMMARY;
import static cn.insure.claims.quality.process.ComplaintCauseAnalysisProcess.VAR_COMPLAINT_COUNT;
import static cn.insure.claims.quality.process.ComplaintCauseAnalysisProcess.VAR_COMPLAINT_FIGURES;
import static cn.insure.claims.quality.process.ComplaintCauseAnalysisProcess.VAR_VERIFICATION_DELAY;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.insure.claims.complaint.ComplaintFigures;
import cn.insure.claims.numbering.CaseNumbers;

/**
 * Task {@code compileComplaintFigures}: the month to analyse (the previous month, or {@code period}
 * YYYY-MM when started by hand with one) and its complaints by category, cause, product and channel,
 * as text for the analysis form.
 */
@Component
class CompileComplaintFiguresDelegate implements JavaDelegate {

  private final ComplaintFigures figures;
  private final Clock clock;
  private final Duration verificationDelay;

  CompileComplaintFiguresDelegate(ComplaintFigures figures, Clock clock,
      @Value("${claims.quality.corrective-action-verification:P30D}") Duration verificationDelay) {
    this.figures = figures;
    this.clock = clock;
    this.verificationDelay = verificationDelay;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object given = execution.getVariable(ComplaintCauseAnalysisProcess.VAR_PERIOD);
    YearMonth month = given == null || given.toString().isBlank()
        ? YearMonth.now(clock.withZone(CaseNumbers.BUSINESS_ZONE)).minusMonths(1) : YearMonth.parse(given.toString().trim());
    ComplaintFigures.Month m = figures.of(month);
    execution.setProcessBusinessKey("CCA-" + month);
    execution.setVariable(ComplaintCauseAnalysisProcess.VAR_PERIOD, month.toString());
    execution.setVariable(VAR_COMPLAINT_COUNT, m.total());
    execution.setVariable(VAR_COMPLAINT_FIGURES, "本月投诉 Complaints in " + month + ": " + m.total() + "\n"
        + m.byDimension().entrySet().stream().map(d -> d.getKey() + ": " + line(d.getValue()))
            .collect(Collectors.joining("\n")));
    execution.setVariable(VAR_CASE_SUMMARY, "投诉原因分析 Complaint cause analysis · " + month);
    execution.setVariable(VAR_VERIFICATION_DELAY, verificationDelay.toString());
  }

  private static String line(Map<String, Long> counts) {
    return counts.isEmpty() ? "—" : counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining("，"));
  }
}
