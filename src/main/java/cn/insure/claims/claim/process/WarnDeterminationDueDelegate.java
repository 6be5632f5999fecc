package cn.insure.claims.claim.process;

import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_CLAIM_NUMBER;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_DETERMINATION_AT_RISK;


import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.claim.ClaimWorkflow;

/** Task {@code warnDeterminationDue}: day 25 of 30, supervisors are warned. */
@Component
class WarnDeterminationDueDelegate implements JavaDelegate {

  private final ClaimWorkflow workflow;

  WarnDeterminationDueDelegate(ClaimWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimNumber = (String) execution.getVariable(VAR_CLAIM_NUMBER);
    workflow.warnDeterminationDue(claimNumber);
    execution.setVariable(VAR_DETERMINATION_AT_RISK, true);
    // The open review tasks move to the top of every Tasklist filter (sorted by priority).
    TaskService taskService = execution.getProcessEngineServices().getTaskService();
    taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()
        .forEach(task -> taskService.setPriority(task.getId(), Math.max(task.getPriority(), 90)));
  }
}
