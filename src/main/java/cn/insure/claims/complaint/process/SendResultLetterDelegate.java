package cn.insure.claims.complaint.process;

import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_FEEDBACK_DUE_AT;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_FEEDBACK_DUE_TEXT;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.complaint.ComplaintClocks;
import cn.insure.claims.complaint.ComplaintWorkflow;

/** Task {@code sendResultLetter}: the result, the question whether the complainant is satisfied, the review window. */
@Component
class SendResultLetterDelegate implements JavaDelegate {

  private final ComplaintWorkflow workflow;

  SendResultLetterDelegate(ComplaintWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintNumber = (String) execution.getVariable(ComplaintHandlingProcess.VAR_COMPLAINT_NUMBER);
    Instant feedbackDue = workflow.sendResult(complaintNumber);
    execution.setVariable(VAR_FEEDBACK_DUE_AT, Date.from(feedbackDue));
    execution.setVariable(VAR_FEEDBACK_DUE_TEXT, ComplaintClocks.day(feedbackDue));
  }
}
