package cn.insure.claims.complaint.process;

import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_HANDLING_GROUP;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.insure.claims.complaint.ComplaintWorkflow;

/**
 * Task {@code sendHandlerReminder}: the decision date is near. The handler is reminded and the task
 * moves up in Tasklist (priority), where handlers sort by due date and priority.
 */
@Component
class SendHandlerReminderDelegate implements JavaDelegate {

  static final int REMINDED_PRIORITY = 90;

  private final ComplaintWorkflow workflow;

  SendHandlerReminderDelegate(ComplaintWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintNumber = (String) execution.getVariable(ComplaintHandlingProcess.VAR_COMPLAINT_NUMBER);
    TaskService taskService = execution.getProcessEngineServices().getTaskService();
    Task task = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey("handleComplaint").singleResult();
    String handler = task == null || task.getAssignee() == null ? (String) execution.getVariable(VAR_HANDLING_GROUP)
        : task.getAssignee();
    workflow.remindHandler(complaintNumber, handler);
    if (task != null) {
      taskService.setPriority(task.getId(), REMINDED_PRIORITY);
    }
  }
}
