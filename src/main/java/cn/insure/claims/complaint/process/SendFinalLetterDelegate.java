package cn.insure.claims.complaint.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.complaint.ComplaintWorkflow;

/** Task {@code sendFinalLetter}: the review outcome and the external routes (mediation, regulator, court). */
@Component
class SendFinalLetterDelegate implements JavaDelegate {

  private final ComplaintWorkflow workflow;

  SendFinalLetterDelegate(ComplaintWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintNumber = (String) execution.getVariable(ComplaintHandlingProcess.VAR_COMPLAINT_NUMBER);
    workflow.sendFinalLetter(complaintNumber);
  }
}
