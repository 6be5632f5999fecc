package cn.insure.claims.claim.process;

import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_CLAIM_NUMBER;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_DISPUTED;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.claim.ClaimWorkflow;

/** Task {@code startReconsideration}: a dispute sends the decided claim to the panel, once. */
@Component
class StartReconsiderationDelegate implements JavaDelegate {

  private final ClaimWorkflow workflow;

  StartReconsiderationDelegate(ClaimWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimNumber = (String) execution.getVariable(VAR_CLAIM_NUMBER);
    execution.setVariable(VAR_DISPUTED, true);
    workflow.startReconsideration(claimNumber);
  }
}
