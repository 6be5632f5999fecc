package cn.insure.claims.claim.process;

import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_CLAIM_NUMBER;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_DOCUMENTS_DUE_AT;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.claim.ClaimWorkflow;

/** Task {@code sendMissingDocumentsNotice}: the one consolidated request for every missing document (保险法第二十二条). */
@Component
class SendMissingDocumentsNoticeDelegate implements JavaDelegate {

  private final ClaimWorkflow workflow;

  SendMissingDocumentsNoticeDelegate(ClaimWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimNumber = (String) execution.getVariable(VAR_CLAIM_NUMBER);
    execution.setVariable(VAR_DOCUMENTS_DUE_AT, Date.from(workflow.requestMissingDocuments(claimNumber)));
  }
}
