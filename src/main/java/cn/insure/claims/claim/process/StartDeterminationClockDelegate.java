package cn.insure.claims.claim.process;

import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_ADVANCE_PAYMENT_AT;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_CLAIM_NUMBER;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_DETERMINATION_DUE_AT;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_DETERMINATION_DUE_TEXT;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_DETERMINATION_WARNING_AT;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_DOCUMENTS_COMPLETE;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_DOCUMENTS_MISSING;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_DOCUMENTS_RECEIVED;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_REVIEW_HISTORY;

import java.util.Date;

import cn.insure.claims.numbering.CaseNumbers;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.claim.ClaimWorkflow;

/** Task {@code startDeterminationClock}: documents complete (or the response period over): the 30-day determination clock starts. */
@Component
class StartDeterminationClockDelegate implements JavaDelegate {

  private final ClaimWorkflow workflow;

  StartDeterminationClockDelegate(ClaimWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimNumber = (String) execution.getVariable(VAR_CLAIM_NUMBER);
    ClaimWorkflow.DeterminationClock clock = workflow.startDetermination(claimNumber);
    execution.setVariable(VAR_DETERMINATION_WARNING_AT, Date.from(clock.warningAt()));
    execution.setVariable(VAR_DETERMINATION_DUE_AT, Date.from(clock.dueAt()));
    execution.setVariable(VAR_ADVANCE_PAYMENT_AT, Date.from(clock.advancePaymentAt()));
    execution.setVariable(VAR_DETERMINATION_DUE_TEXT,
        clock.dueAt().atZone(CaseNumbers.BUSINESS_ZONE).toLocalDate().toString());
    execution.setVariable(VAR_DOCUMENTS_RECEIVED, workflow.documentsReceivedText(claimNumber));
    String missing = workflow.documentsMissingText(claimNumber);
    execution.setVariable(VAR_DOCUMENTS_MISSING, missing);
    // Documents supplied after the one request complete the file too; straight-through settlement reads this.
    execution.setVariable(VAR_DOCUMENTS_COMPLETE, missing.isEmpty());
    execution.setVariable(VAR_REVIEW_HISTORY, "");
  }
}
