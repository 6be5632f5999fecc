package cn.insure.claims.complaint.process;

import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_COMPLAINT_HISTORY;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_DAYS_LEFT;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_TASK_DUE_TEXT;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.insure.claims.complaint.ComplaintClocks;
import cn.insure.claims.complaint.ComplaintWorkflow;

/**
 * On creation of every complaint task: the form's clock (the task's due date, days left as of
 * now) and the complaint's history, fresh from its record.
 */
@Component
class PrepareComplaintTaskListener implements TaskListener {

  private final ComplaintWorkflow workflow;
  private final Clock clock;

  PrepareComplaintTaskListener(ComplaintWorkflow workflow, Clock clock) {
    this.workflow = workflow;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    String complaintNumber = (String) task.getVariable(ComplaintHandlingProcess.VAR_COMPLAINT_NUMBER);
    if (task.getDueDate() != null) {
      task.setVariable(VAR_TASK_DUE_TEXT, ComplaintClocks.day(task.getDueDate().toInstant()));
      task.setVariable(VAR_DAYS_LEFT, ComplaintClocks.daysLeft(clock.instant(), task.getDueDate().toInstant()));
    }
    task.setVariable(VAR_COMPLAINT_HISTORY, workflow.historyText(complaintNumber));
  }
}
