package cn.insure.claims.claim.process;

import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_CASE_SUMMARY;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_CLAIM_NUMBER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.insure.claims.claim.ClaimWorkflow;

/**
 * On creation of every task of {@code claimHandling}: the first time the claim reaches a person, its
 * case details ({@link ClaimHandlingProcess#caseDetailsOf}) are put on the claim's process from its
 * record, in the task's transaction, so every form and Tasklist's list show them. A claim that
 * already has them (a later task, or a claim started before this step existed) keeps them.
 */
@Component
class PrepareClaimTaskListener implements TaskListener {

  private final ClaimWorkflow workflow;

  PrepareClaimTaskListener(ClaimWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution claimProcess = task.getExecution().getProcessInstance();
    if (claimProcess.hasVariableLocal(VAR_CASE_SUMMARY)) {
      return;
    }
    String claimNumber = (String) claimProcess.getVariableLocal(VAR_CLAIM_NUMBER);
    claimProcess.setVariablesLocal(ClaimHandlingProcess.caseDetailsOf(workflow.claim(claimNumber)));
  }
}
