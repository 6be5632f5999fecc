package cn.insure.claims.complaint.process;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A passed deadline shown to managers in Cockpit: a custom incident on the step still waiting, next
 * to the technical incidents. It disappears when that step is done; the complaint keeps the record.
 */
final class BreachIncidents {

  private BreachIncidents() {
  }

  static void raiseOnWaitingStep(DelegateExecution execution, List<String> waitingActivities, String stage,
      String message) {
    RuntimeService runtimeService = execution.getProcessEngineServices().getRuntimeService();
    waitingActivities.stream()
        .flatMap(activity -> runtimeService.createExecutionQuery().processInstanceId(execution.getProcessInstanceId())
            .activityId(activity).list().stream())
        .findFirst()
        .ifPresent(waiting -> runtimeService.createIncident(ComplaintHandlingProcess.INCIDENT_DEADLINE_BREACHED,
            waiting.getId(), stage, message));
  }
}
