package cn.insure.claims.complaint.process;

import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.complaint.ComplaintWorkflow;
import cn.insure.claims.system.identity.Roles;

/**
 * Task {@code alertManager}: the supervisor's time (after taking over, or to approve an extension)
 * has passed too. The breach is recorded and the managers see it in Cockpit.
 */
@Component
class AlertManagerDelegate implements JavaDelegate {

  private final ComplaintWorkflow workflow;

  AlertManagerDelegate(ComplaintWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintNumber = (String) execution.getVariable(ComplaintHandlingProcess.VAR_COMPLAINT_NUMBER);
    boolean approval = execution.getProcessEngineServices().getRuntimeService().createExecutionQuery()
        .processInstanceId(execution.getProcessInstanceId()).activityId("approveExtension").count() > 0;
    String stage = approval ? "EXTENSION_APPROVAL" : "SUPERVISOR";
    Date due = (Date) execution.getVariable(approval ? "decisionDueAt" : "supervisorDueAt");
    workflow.recordBreachAndAlertManagers(complaintNumber, stage, Roles.COMPLAINTS_SUPERVISORS, due.toInstant());
    BreachIncidents.raiseOnWaitingStep(execution, List.of("handleEscalatedComplaint", "approveExtension"),
        stage.toLowerCase(Locale.ROOT), "投诉主管处理超过期限，已提醒部门经理 The supervisor's deadline for "
            + complaintNumber + " passed; managers alerted");
  }
}
