package cn.insure.claims.claim.process;

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
    String claimNumber = (String) execution.getVariable(ClaimHandlingProcess.VAR_CLAIM_NUMBER);
    ClaimWorkflow.DeterminationClock clock = workflow.startDetermination(claimNumber);
    execution.setVariable("determinationWarningAt", Date.from(clock.warningAt()));
    execution.setVariable("determinationDueAt", Date.from(clock.dueAt()));
    execution.setVariable("advancePaymentAt", Date.from(clock.advancePaymentAt()));
    execution.setVariable("determinationDueText", clock.dueAt().atZone(CaseNumbers.BUSINESS_ZONE).toLocalDate().toString());
    execution.setVariable("documentsReceived", workflow.documentsReceivedText(claimNumber));
    String missing = workflow.documentsMissingText(claimNumber);
    execution.setVariable("documentsMissing", missing);
    // Documents supplied after the one request complete the file too; straight-through settlement reads this.
    execution.setVariable("documentsComplete", missing.isEmpty());
    execution.setVariable("reviewHistory", "");
  }
}
