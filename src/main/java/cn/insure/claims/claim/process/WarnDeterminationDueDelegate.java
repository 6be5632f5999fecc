package cn.insure.claims.claim.process;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.claim.ClaimWorkflow;

/** Task {@code warnDeterminationDue}: day 25 of 30, supervisors are warned. */
@Component
class WarnDeterminationDueDelegate implements JavaDelegate {

  private final ClaimWorkflow workflow;

  WarnDeterminationDueDelegate(ClaimWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimNumber = (String) execution.getVariable(ClaimHandlingProcess.VAR_CLAIM_NUMBER);
    workflow.warnDeterminationDue(claimNumber);
  }
}
