package cn.insure.claims.complaint.process;

import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_RECONSIDERED_BY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.complaint.ComplaintWorkflow;

/** Task {@code recordReconsiderationOutcome}: the claims panel's reconsideration becomes the complaint's resolution. */
@Component
class RecordReconsiderationOutcomeDelegate implements JavaDelegate {

  private final ComplaintWorkflow workflow;

  RecordReconsiderationOutcomeDelegate(ComplaintWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintNumber = (String) execution.getVariable(ComplaintHandlingProcess.VAR_COMPLAINT_NUMBER);
    String panel = (String) execution.getVariable(VAR_RECONSIDERED_BY);
    String resolution = workflow.recordReconsideration(complaintNumber,
        (String) execution.getVariable(ComplaintHandlingProcess.VAR_RECONSIDERATION_OUTCOME),
        (String) execution.getVariable(ComplaintHandlingProcess.VAR_RECONSIDERATION_OPINION), panel);
    execution.setVariable(ComplaintHandlingProcess.VAR_RESOLUTION, resolution);
    execution.setVariable(ComplaintHandlingProcess.VAR_HANDLERS, panel);
  }
}
