package cn.insure.claims.complaint.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.complaint.ComplaintWorkflow;

/** Task {@code analyseComplaint}: the facts triage decides on besides the complaint itself. */
@Component
class AnalyseComplaintDelegate implements JavaDelegate {

  private final ComplaintWorkflow workflow;

  AnalyseComplaintDelegate(ComplaintWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintNumber = (String) execution.getVariable(ComplaintHandlingProcess.VAR_COMPLAINT_NUMBER);
    ComplaintWorkflow.Facts facts = workflow.analyse(complaintNumber);
    execution.setVariable("linkedClaim", facts.linkedClaim());
    execution.setVariable("claimDisputable", facts.claimDisputable());
    execution.setVariable("causeType", facts.causeType());
    execution.setVariable("sameCauseComplaints", facts.sameCauseComplaints());
    execution.setVariable("crisisIncidentOpen", facts.crisisIncidentOpen());
    execution.setVariable("sameProductComplaints", facts.sameProductComplaints());
  }
}
