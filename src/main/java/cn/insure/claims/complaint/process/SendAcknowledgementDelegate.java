package cn.insure.claims.complaint.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.complaint.ComplaintWorkflow;

/** Task {@code sendAcknowledgement}: the acknowledgement with the committed handling date (承诺处理时间). */
@Component
class SendAcknowledgementDelegate implements JavaDelegate {

  private final ComplaintWorkflow workflow;

  SendAcknowledgementDelegate(ComplaintWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintNumber = (String) execution.getVariable(ComplaintHandlingProcess.VAR_COMPLAINT_NUMBER);
    workflow.sendAcknowledgement(complaintNumber);
  }
}
