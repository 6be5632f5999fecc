package cn.insure.claims.claim.process;

import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_CLAIM_NUMBER;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_DETERMINATION_BREACHED;


import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.claim.ClaimWorkflow;

/** Task {@code recordDeterminationBreach}: the 30-day determination period has passed without a decision. */
@Component
class RecordDeterminationBreachDelegate implements JavaDelegate {

  private static final List<String> REVIEW_TASKS = List.of("firstReview", "secondReview", "panelReview");

  private final ClaimWorkflow workflow;

  RecordDeterminationBreachDelegate(ClaimWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimNumber = (String) execution.getVariable(VAR_CLAIM_NUMBER);
    workflow.recordDeterminationBreach(claimNumber);
    execution.setVariable(VAR_DETERMINATION_BREACHED, true);
    // A custom incident on the review still waiting makes the breach visible to managers in Cockpit,
    // next to technical incidents; the claim keeps the permanent record.
    RuntimeService runtimeService = execution.getProcessEngineServices().getRuntimeService();
    REVIEW_TASKS.stream()
        .flatMap(task -> runtimeService.createExecutionQuery().processInstanceId(execution.getProcessInstanceId())
            .activityId(task).list().stream())
        .findFirst()
        .ifPresent(waiting -> runtimeService.createIncident("statutoryDeadlineBreached", waiting.getId(),
            "determination", "核定超过法定期限 Determination period exceeded for " + claimNumber));
  }
}
