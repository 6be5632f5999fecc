package cn.insure.claims.claim.process;

import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_CLAIM_NUMBER;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_DECISION_REASON;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.claim.ClaimWorkflow;

/** Task {@code sendRejectionNotice}: the written rejection with reasons and contract basis (保险法第二十四条). */
@Component
class SendRejectionNoticeDelegate implements JavaDelegate {

  private final ClaimWorkflow workflow;

  SendRejectionNoticeDelegate(ClaimWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimNumber = (String) execution.getVariable(VAR_CLAIM_NUMBER);
    workflow.sendRejectionNotice(claimNumber, (String) execution.getVariable(VAR_DECISION_REASON));
  }
}
