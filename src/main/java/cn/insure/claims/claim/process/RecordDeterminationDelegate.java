package cn.insure.claims.claim.process;

import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_APPROVED_AMOUNT;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_ASSESSED_AMOUNT;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_CLAIM_DECISION;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_CLAIM_NUMBER;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_PAYMENT_DUE_TEXT;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.claim.ClaimWorkflow;
import cn.insure.claims.numbering.CaseNumbers;
import cn.insure.claims.system.engine.EngineAmounts;

/** Task {@code recordDetermination}: the determination (核定) the reviews arrived at; starts the payment or notice clock. */
@Component
class RecordDeterminationDelegate implements JavaDelegate {

  private final ClaimWorkflow workflow;

  RecordDeterminationDelegate(ClaimWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimNumber = (String) execution.getVariable(VAR_CLAIM_NUMBER);
    boolean approved = "APPROVED".equals(execution.getVariable(VAR_CLAIM_DECISION));
    Object amount = execution.getVariable(VAR_APPROVED_AMOUNT) != null ? execution.getVariable(VAR_APPROVED_AMOUNT)
        : execution.getVariable(VAR_ASSESSED_AMOUNT);
    BigDecimal approvedAmount = amount == null ? BigDecimal.ZERO
        : EngineAmounts.money(amount);
    Instant due = workflow.decide(claimNumber, approved, approvedAmount);
    execution.setVariable(VAR_APPROVED_AMOUNT, EngineAmounts.variable(approvedAmount));
    execution.setVariable(approved ? "paymentDueAt" : "rejectionNoticeDueAt", Date.from(due));
    execution.setVariable(VAR_PAYMENT_DUE_TEXT, due.atZone(CaseNumbers.BUSINESS_ZONE).toLocalDate().toString());
  }
}
