package cn.insure.claims.complaint.process;

import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_CAUSE_TYPE;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_CLAIM_DISPUTABLE;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_CRISIS_INCIDENT_OPEN;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_LINKED_CLAIM;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_SAME_CAUSE_COMPLAINTS;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_SAME_PRODUCT_COMPLAINTS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.complaint.ComplaintTriage;

/** Task {@code analyseComplaint}: the facts triage decides on besides the complaint itself. */
@Component
class AnalyseComplaintDelegate implements JavaDelegate {

  private final ComplaintTriage triage;

  AnalyseComplaintDelegate(ComplaintTriage triage) {
    this.triage = triage;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintNumber = (String) execution.getVariable(ComplaintHandlingProcess.VAR_COMPLAINT_NUMBER);
    ComplaintTriage.Facts facts = triage.analyse(complaintNumber);
    execution.setVariable(VAR_LINKED_CLAIM, facts.linkedClaim());
    execution.setVariable(VAR_CLAIM_DISPUTABLE, facts.claimDisputable());
    execution.setVariable(VAR_CAUSE_TYPE, facts.causeType());
    execution.setVariable(VAR_SAME_CAUSE_COMPLAINTS, facts.sameCauseComplaints());
    execution.setVariable(VAR_CRISIS_INCIDENT_OPEN, facts.crisisIncidentOpen());
    execution.setVariable(VAR_SAME_PRODUCT_COMPLAINTS, facts.sameProductComplaints());
  }
}
