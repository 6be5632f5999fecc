package cn.insure.claims.complaint.process;

import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_DECISION_DUE_AT;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.complaint.ComplaintWorkflow;
import cn.insure.claims.system.identity.Roles;

/** Task {@code recordReconsiderationOverdue}: the decision date passed while the claims panel reconsiders. */
@Component
class RecordReconsiderationOverdueDelegate implements JavaDelegate {

  private final ComplaintWorkflow workflow;

  RecordReconsiderationOverdueDelegate(ComplaintWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintNumber = (String) execution.getVariable(ComplaintHandlingProcess.VAR_COMPLAINT_NUMBER);
    workflow.recordBreachAndAlertManagers(complaintNumber, "CLAIM_RECONSIDERATION", Roles.CLAIMS_MANAGERS,
        ((Date) execution.getVariable(VAR_DECISION_DUE_AT)).toInstant());
    BreachIncidents.raiseOnWaitingStep(execution, List.of("awaitClaimReconsideration"), "claim-reconsideration",
        "理赔复议未在投诉处理期限内完成 " + execution.getVariable(ComplaintHandlingProcess.VAR_CLAIM_NUMBER) + " / "
            + complaintNumber + " The panel's reconsideration is overdue");
  }
}
