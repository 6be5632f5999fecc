package cn.insure.claims.complaint.process;

import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_ACKNOWLEDGEMENT_DAYS;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_CATEGORY;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_CLAIM_RECONSIDERATION;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_CRISIS_CAUSE;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_DECISION_DAYS;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_HANDLING_GROUP;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_MASS_COMPLAINT;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_TRIAGE_REASON;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_URGENCY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.complaint.ComplaintTriage;
import cn.insure.claims.complaint.ComplaintWorkflow;

/** Task {@code recordTriage}: what {@code complaintTriage} decided goes on record, and the clocks start. */
@Component
class RecordTriageDelegate implements JavaDelegate {

  private final ComplaintTriage triage;

  RecordTriageDelegate(ComplaintTriage triage) {
    this.triage = triage;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintNumber = (String) execution.getVariable(ComplaintHandlingProcess.VAR_COMPLAINT_NUMBER);
    ComplaintWorkflow.DecisionClock clock = triage.recordTriage(complaintNumber, new ComplaintTriage.Triage(
        (String) execution.getVariable(VAR_URGENCY), (String) execution.getVariable(VAR_CATEGORY),
        Boolean.TRUE.equals(execution.getVariable(VAR_MASS_COMPLAINT)),
        (String) execution.getVariable(VAR_HANDLING_GROUP),
        ((Number) execution.getVariable(VAR_ACKNOWLEDGEMENT_DAYS)).intValue(),
        ((Number) execution.getVariable(VAR_DECISION_DAYS)).intValue(),
        Boolean.TRUE.equals(execution.getVariable(VAR_CLAIM_RECONSIDERATION)),
        (String) execution.getVariable(VAR_TRIAGE_REASON), (String) execution.getVariable(VAR_CRISIS_CAUSE)));
    ComplaintClockVariables.set(execution, clock);
  }
}
