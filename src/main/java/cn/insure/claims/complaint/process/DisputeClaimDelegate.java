package cn.insure.claims.complaint.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.complaint.ComplaintWorkflow;

/** Task {@code disputeClaim}: the complaint about a decided claim becomes its dispute (panel reconsideration). */
@Component
class DisputeClaimDelegate implements JavaDelegate {

  private final ComplaintWorkflow workflow;

  DisputeClaimDelegate(ComplaintWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintNumber = (String) execution.getVariable(ComplaintHandlingProcess.VAR_COMPLAINT_NUMBER);
    workflow.disputeClaim(complaintNumber);
  }
}
