package cn.insure.claims.complaint.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.complaint.ComplaintWorkflow;

/** Task {@code closeComplaint}: satisfied, reviewed, or no answer within the feedback window. */
@Component
class CloseComplaintDelegate implements JavaDelegate {

  private final ComplaintWorkflow workflow;

  CloseComplaintDelegate(ComplaintWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintNumber = (String) execution.getVariable(ComplaintHandlingProcess.VAR_COMPLAINT_NUMBER);
    workflow.close(complaintNumber);
  }
}
