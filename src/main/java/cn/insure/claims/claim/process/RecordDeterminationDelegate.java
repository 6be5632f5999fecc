package cn.insure.claims.claim.process;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Date;

import cn.insure.claims.numbering.CaseNumbers;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.claim.ClaimWorkflow;

/** Task {@code recordDetermination}: the determination (核定) the reviews arrived at; starts the payment or notice clock. */
@Component
class RecordDeterminationDelegate implements JavaDelegate {

  private final ClaimWorkflow workflow;

  RecordDeterminationDelegate(ClaimWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimNumber = (String) execution.getVariable(ClaimHandlingProcess.VAR_CLAIM_NUMBER);
    boolean approved = "APPROVED".equals(execution.getVariable("claimDecision"));
    Object amount = execution.getVariable("approvedAmount") != null ? execution.getVariable("approvedAmount")
        : execution.getVariable("assessedAmount");
    BigDecimal approvedAmount = amount == null ? BigDecimal.ZERO
        : BigDecimal.valueOf(((Number) amount).doubleValue()).setScale(2, RoundingMode.HALF_UP);
    Instant due = workflow.decide(claimNumber, approved, approvedAmount);
    execution.setVariable("approvedAmount", approvedAmount.doubleValue());
    execution.setVariable(approved ? "paymentDueAt" : "rejectionNoticeDueAt", Date.from(due));
    execution.setVariable("paymentDueText", due.atZone(CaseNumbers.BUSINESS_ZONE).toLocalDate().toString());
  }
}
