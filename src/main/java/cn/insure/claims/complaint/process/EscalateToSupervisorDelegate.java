package cn.insure.claims.complaint.process;

import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_ESCALATED;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_HANDLING_GROUP;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_SUPERVISOR_DUE_AT;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

import cn.insure.claims.complaint.ComplaintWorkflow;

/**
 * Task {@code escalateToSupervisor}: the handler let the decision date pass. The breach is recorded
 * on the complaint, shown in Cockpit as an incident for as long as the complaint stays in handling,
 * and a complaints supervisor takes the case over with a deadline of their own.
 */
@Component
class EscalateToSupervisorDelegate implements JavaDelegate {

  private final ComplaintWorkflow workflow;

  EscalateToSupervisorDelegate(ComplaintWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintNumber = (String) execution.getVariable(ComplaintHandlingProcess.VAR_COMPLAINT_NUMBER);
    String handler = lastHandler(execution);
    Instant supervisorDue = workflow.escalateToSupervisor(complaintNumber, handler);
    execution.setVariable(VAR_ESCALATED, true);
    execution.setVariable(VAR_SUPERVISOR_DUE_AT, Date.from(supervisorDue));
    execution.createIncident(ComplaintHandlingProcess.INCIDENT_DEADLINE_BREACHED, "handler",
        "投诉处理超过期限，已转主管 Decision due date of " + complaintNumber + " passed (" + handler
            + "); a complaints supervisor takes over");
  }

  private static String lastHandler(DelegateExecution execution) {
    HistoricTaskInstance task = execution.getProcessEngineServices().getHistoryService()
        .createHistoricTaskInstanceQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey("handleComplaint").orderByHistoricActivityInstanceStartTime().desc().list().stream()
        .findFirst().orElse(null);
    return task != null && task.getAssignee() != null ? task.getAssignee()
        : (String) execution.getVariable(VAR_HANDLING_GROUP);
  }
}
