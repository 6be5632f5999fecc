package cn.insure.claims.complaint.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.complaint.ComplaintWorkflow;

/** Task {@code recordTriage}: what {@code complaintTriage} decided goes on record, and the clocks start. */
@Component
class RecordTriageDelegate implements JavaDelegate {

  private final ComplaintWorkflow workflow;

  RecordTriageDelegate(ComplaintWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintNumber = (String) execution.getVariable(ComplaintHandlingProcess.VAR_COMPLAINT_NUMBER);
    ComplaintWorkflow.DecisionClock clock = workflow.recordTriage(complaintNumber, new ComplaintWorkflow.Triage(
        (String) execution.getVariable("urgency"), (String) execution.getVariable("category"),
        Boolean.TRUE.equals(execution.getVariable("massComplaint")),
        (String) execution.getVariable("handlingGroup"),
        ((Number) execution.getVariable("acknowledgementDays")).intValue(),
        ((Number) execution.getVariable("decisionDays")).intValue(),
        Boolean.TRUE.equals(execution.getVariable("claimReconsideration")),
        (String) execution.getVariable("triageReason"), (String) execution.getVariable("crisisCause")));
    ComplaintClockVariables.set(execution, clock);
  }
}
