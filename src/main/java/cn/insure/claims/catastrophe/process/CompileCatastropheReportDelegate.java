package cn.insure.claims.catastrophe.process;

import static cn.insure.claims.catastrophe.process.CatastropheEventProcess.VAR_AMOUNT_ADVANCED;
import static cn.insure.claims.catastrophe.process.CatastropheEventProcess.VAR_AMOUNT_APPROVED;
import static cn.insure.claims.catastrophe.process.CatastropheEventProcess.VAR_AMOUNT_CLAIMED;
import static cn.insure.claims.catastrophe.process.CatastropheEventProcess.VAR_AMOUNT_PAID;
import static cn.insure.claims.catastrophe.process.CatastropheEventProcess.VAR_AVERAGE_HOURS_TO_PAYMENT_TEXT;
import static cn.insure.claims.catastrophe.process.CatastropheEventProcess.VAR_CLAIMS_DECIDED;
import static cn.insure.claims.catastrophe.process.CatastropheEventProcess.VAR_CLAIMS_PAID_WITHIN_TARGET;
import static cn.insure.claims.catastrophe.process.CatastropheEventProcess.VAR_CLAIMS_RECEIVED;
import static cn.insure.claims.catastrophe.process.CatastropheEventProcess.VAR_REPORT_SUMMARY;
import static cn.insure.claims.catastrophe.process.CatastropheEventProcess.VAR_SHARE_PAID_WITHIN_TARGET_TEXT;
import static cn.insure.claims.catastrophe.process.CatastropheEventProcess.VAR_TARGET_MET;
import static cn.insure.claims.catastrophe.process.CatastropheEventProcess.VAR_TARGET_TEXT;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.system.engine.EngineAmounts;
import cn.insure.claims.catastrophe.CatastropheReport;
import cn.insure.claims.catastrophe.CatastropheService;

/** Task {@code compileCatastropheReport}: the event report, kept and shown to the managers in their review task. */
@Component
class CompileCatastropheReportDelegate implements JavaDelegate {

  private final CatastropheService catastrophes;

  CompileCatastropheReportDelegate(CatastropheService catastrophes) {
    this.catastrophes = catastrophes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CatastropheReport report = catastrophes.compileReport(
        (String) execution.getVariable(CatastropheEventProcess.VAR_EVENT_ID));
    execution.setVariable(VAR_CLAIMS_RECEIVED, (long) report.claimsReceived());
    execution.setVariable(VAR_CLAIMS_DECIDED, (long) report.claimsDecided());
    execution.setVariable(VAR_CLAIMS_PAID_WITHIN_TARGET, (long) report.claimsPaidWithinTarget());
    execution.setVariable(VAR_SHARE_PAID_WITHIN_TARGET_TEXT,
        percent(report.sharePaidWithinTarget()) + " / 目标 target " + percent(report.targetShare()));
    execution.setVariable(VAR_TARGET_MET, report.targetMet());
    execution.setVariable(VAR_TARGET_TEXT, report.targetMet() ? "达标 Target met" : "未达标 Target not met");
    execution.setVariable(VAR_AMOUNT_CLAIMED, EngineAmounts.variable(report.amountClaimed()));
    execution.setVariable(VAR_AMOUNT_APPROVED, EngineAmounts.variable(report.amountApproved()));
    execution.setVariable(VAR_AMOUNT_PAID, EngineAmounts.variable(report.amountPaid()));
    execution.setVariable(VAR_AMOUNT_ADVANCED, EngineAmounts.variable(report.amountAdvanced()));
    execution.setVariable(VAR_AVERAGE_HOURS_TO_PAYMENT_TEXT, report.averageHoursToPayment() == null
        ? "尚无支付 No payment yet" : report.averageHoursToPayment().toPlainString() + " 小时 hours");
    execution.setVariable(VAR_REPORT_SUMMARY, summary(report));
  }

  private static String summary(CatastropheReport r) {
    return "受理 Received " + r.claimsReceived() + "（其中转入 switched " + r.claimsSwitched() + "）\n"
        + "已决定 Decided " + r.claimsDecided() + "：赔付 approved " + r.claimsApproved() + "，拒赔 rejected "
        + r.claimsRejected() + "，其中自动理赔 settled straight through " + r.claimsSettledStraightThrough() + "\n"
        + "期限内赔付或预付 Paid or advance-paid within the target period " + r.claimsPaidWithinTarget() + "（"
        + percent(r.sharePaidWithinTarget()) + "，目标 target " + percent(r.targetShare()) + "："
        + (r.targetMet() ? "达标 met" : "未达标 not met") + "）\n"
        + "申请 Claimed " + r.amountClaimed().toPlainString() + " CNY · 核定 Approved " + r.amountApproved().toPlainString()
        + " CNY · 已付 Paid " + r.amountPaid().toPlainString() + " CNY（预付 advances " + r.amountAdvanced().toPlainString()
        + " CNY）\n"
        + "报案至首次支付平均 Average report to first payment: " + (r.averageHoursToPayment() == null ? "—"
            : r.averageHoursToPayment().toPlainString() + " h");
  }

  private static String percent(BigDecimal share) {
    return share.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
  }
}
