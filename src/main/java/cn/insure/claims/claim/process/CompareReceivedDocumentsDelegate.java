package cn.insure.claims.claim.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.claim.ClaimWorkflow;

/** Task {@code compareReceivedDocuments}: the checklist (from DMN {@code claimDocumentChecklist}) against the documents received. */
@Component
class CompareReceivedDocumentsDelegate implements JavaDelegate {

  private final ClaimWorkflow workflow;

  CompareReceivedDocumentsDelegate(ClaimWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimNumber = (String) execution.getVariable(ClaimHandlingProcess.VAR_CLAIM_NUMBER);
    @SuppressWarnings("unchecked")
    List<String> required = (List<String>) execution.getVariable("requiredDocuments");
    List<String> missing = workflow.checkDocuments(claimNumber, required);
    execution.setVariable("documentsComplete", missing.isEmpty());
    execution.setVariable("documentsMissing", workflow.documentsMissingText(claimNumber));
    execution.setVariable("documentsReceived", workflow.documentsReceivedText(claimNumber));
  }
}
