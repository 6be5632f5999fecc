package cn.insure.claims.complaint.process;

import static cn.insure.claims.complaint.process.CrisisIncidentProcess.VAR_DECISION_DUE_AT;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.complaint.ComplaintWorkflow;
import cn.insure.claims.system.identity.Roles;

/** Task {@code recordCrisisOverdue}: the decision date passed while the complaint waits for the crisis team. */
@Component
class RecordCrisisOverdueDelegate implements JavaDelegate {

  private final ComplaintWorkflow workflow;

  RecordCrisisOverdueDelegate(ComplaintWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintNumber = (String) execution.getVariable(ComplaintHandlingProcess.VAR_COMPLAINT_NUMBER);
    workflow.recordBreachAndAlertManagers(complaintNumber, "CRISIS_TEAM", Roles.CRISIS_TEAM,
        ((Date) execution.getVariable(VAR_DECISION_DUE_AT)).toInstant());
    BreachIncidents.raiseOnWaitingStep(execution, List.of("awaitCrisisAnswer"), "crisis-team",
        "危机事件 " + execution.getVariable(ComplaintHandlingProcess.VAR_CRISIS_INCIDENT_ID) + " 未在期限内答复投诉 "
            + complaintNumber + " The crisis team's answer is overdue");
  }
}
