package cn.insure.claims.claim.process;

import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_CLAIM_NUMBER;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_DECISION_REASON;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_RECONSIDERATION_DECISION;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.claim.ClaimWorkflow;

/** Task {@code sendReconsiderationResult}: tells the claimant the outcome of the reconsideration. */
@Component
class SendReconsiderationResultDelegate implements JavaDelegate {

  private final ClaimWorkflow workflow;

  SendReconsiderationResultDelegate(ClaimWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimNumber = (String) execution.getVariable(VAR_CLAIM_NUMBER);
    workflow.sendReconsiderationResult(claimNumber, (String) execution.getVariable(VAR_RECONSIDERATION_DECISION),
        (String) execution.getVariable(VAR_DECISION_REASON));
  }
}
