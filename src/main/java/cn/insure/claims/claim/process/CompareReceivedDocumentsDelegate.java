package cn.insure.claims.claim.process;

import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_CLAIM_NUMBER;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_DOCUMENTS_COMPLETE;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_REQUIRED_DOCUMENTS;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.claim.ClaimWorkflow;

/**
 * Task {@code compareReceivedDocuments}: the checklist (from DMN {@code claimDocumentChecklist}) against the
 * documents received; the gateway after it reads {@code documentsComplete}. The lists the review forms show
 * ({@code documentsReceived}, {@code documentsMissing}) are written by {@code startDeterminationClock}, the
 * step before any task, once the documents are in.
 */
@Component
class CompareReceivedDocumentsDelegate implements JavaDelegate {

  private final ClaimWorkflow workflow;

  CompareReceivedDocumentsDelegate(ClaimWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimNumber = (String) execution.getVariable(VAR_CLAIM_NUMBER);
    @SuppressWarnings("unchecked")
    List<String> required = (List<String>) execution.getVariable(VAR_REQUIRED_DOCUMENTS);
    List<String> missing = workflow.checkDocuments(claimNumber, required);
    execution.setVariable(VAR_DOCUMENTS_COMPLETE, missing.isEmpty());
  }
}
