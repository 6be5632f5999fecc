package cn.insure.claims.claim.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task {@code prioritiseOpenTasks}: a claim switched to the green channel keeps its open tasks and
 * their assignees, but they move up to green-channel priority; tasks created later get it from the
 * model.
 */
@Component
class PrioritiseOpenTasksDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list().stream()
        .filter(task -> task.getPriority() < ClaimHandlingProcess.GREEN_CHANNEL_PRIORITY)
        .forEach(task -> tasks.setPriority(task.getId(), ClaimHandlingProcess.GREEN_CHANNEL_PRIORITY));
  }
}
