package cn.insure.claims.claim.process;

import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_APPROVED_AMOUNT;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_ASSESSED_AMOUNT;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_CLAIM_DECISION;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_CLAIM_NUMBER;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_LIABILITY;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_REVIEW_HISTORY;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.system.engine.EngineAmounts;
import cn.insure.claims.claim.ClaimWorkflow;

/**
 * Task {@code settleClaimAutomatically}: a small, complete, covered green-channel claim is approved
 * for its claimed amount without a human review; the determination then follows as for any claim.
 */
@Component
class SettleClaimAutomaticallyDelegate implements JavaDelegate {

  private final ClaimWorkflow workflow;

  SettleClaimAutomaticallyDelegate(ClaimWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimNumber = (String) execution.getVariable(VAR_CLAIM_NUMBER);
    BigDecimal amount = workflow.settleStraightThrough(claimNumber);
    execution.setVariable(VAR_LIABILITY, "COVERED");
    execution.setVariable(VAR_ASSESSED_AMOUNT, EngineAmounts.variable(amount));
    execution.setVariable(VAR_APPROVED_AMOUNT, EngineAmounts.variable(amount));
    execution.setVariable(VAR_CLAIM_DECISION, "APPROVED");
    execution.setVariable(VAR_REVIEW_HISTORY, workflow.reviewHistoryText(claimNumber));
  }
}
