package cn.insure.claims.claim.process;

import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_CLAIM_NUMBER;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_DOCUMENTS_MISSING;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_REQUIRED_DOCUMENTS;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.claim.ClaimWorkflow;

/**
 * Task {@code applyReducedChecklist}: a switched claim that waits for documents is judged by the
 * reduced green-channel checklist (from {@code claimDocumentChecklist}) from now on.
 */
@Component
class ApplyReducedChecklistDelegate implements JavaDelegate {

  private final ClaimWorkflow workflow;

  ApplyReducedChecklistDelegate(ClaimWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimNumber = (String) execution.getVariable(VAR_CLAIM_NUMBER);
    @SuppressWarnings("unchecked")
    List<String> required = (List<String>) execution.getVariable(VAR_REQUIRED_DOCUMENTS);
    workflow.applyReducedChecklist(claimNumber, required);
    execution.setVariable(VAR_DOCUMENTS_MISSING, workflow.documentsMissingText(claimNumber));
  }
}
