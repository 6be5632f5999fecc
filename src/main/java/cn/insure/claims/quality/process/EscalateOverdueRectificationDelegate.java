package cn.insure.claims.quality.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.insure.claims.quality.Rectifications;
import cn.insure.claims.system.identity.Roles;

/**
 * Task {@code escalateOverdueRectification}: the deadline passed before the finding was rectified.
 * The rectification is marked overdue and the open task goes to the claims managers as well, at top
 * priority.
 */
@Component
class EscalateOverdueRectificationDelegate implements JavaDelegate {

  private final Rectifications rectifications;

  EscalateOverdueRectificationDelegate(Rectifications rectifications) {
    this.rectifications = rectifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rectifications.markOverdue((String) execution.getVariable(SpotCheckRectificationProcess.VAR_RECTIFICATION_ID));
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(SpotCheckRectificationProcess.RECTIFY).list()) {
      tasks.addCandidateGroup(task.getId(), Roles.CLAIMS_MANAGERS);
      tasks.setPriority(task.getId(), 100);
    }
  }
}
