package cn.insure.claims.claim.process;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

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
    String claimNumber = (String) execution.getVariable(ClaimHandlingProcess.VAR_CLAIM_NUMBER);
    BigDecimal amount = workflow.settleStraightThrough(claimNumber);
    execution.setVariable("liability", "COVERED");
    execution.setVariable("assessedAmount", amount.doubleValue());
    execution.setVariable("approvedAmount", amount.doubleValue());
    execution.setVariable("claimDecision", "APPROVED");
    execution.setVariable("reviewHistory", workflow.reviewHistoryText(claimNumber));
  }
}
