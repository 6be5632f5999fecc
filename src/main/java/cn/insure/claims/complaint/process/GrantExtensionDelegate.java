package cn.insure.claims.complaint.process;

import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_ESCALATED;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_EXTENSION_APPROVED_BY;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_SUPERVISOR_DUE_AT;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.complaint.ComplaintWorkflow;

/**
 * Task {@code grantExtension}: the decision due date moves (to 30 days from receipt on the handler's
 * reasoned request, a further 30 with a supervisor's approval) and the complainant is told. A
 * supervisor who has taken the case over works to the new date too.
 */
@Component
class GrantExtensionDelegate implements JavaDelegate {

  private final ComplaintWorkflow workflow;

  GrantExtensionDelegate(ComplaintWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintNumber = (String) execution.getVariable(ComplaintHandlingProcess.VAR_COMPLAINT_NUMBER);
    ComplaintWorkflow.DecisionClock clock = workflow.grantExtension(complaintNumber,
        (String) execution.getVariable(VAR_EXTENSION_APPROVED_BY));
    ComplaintClockVariables.set(execution, clock);
    if (Boolean.TRUE.equals(execution.getVariable(VAR_ESCALATED))) {
      execution.setVariable(VAR_SUPERVISOR_DUE_AT, Date.from(clock.decisionDueAt()));
    }
    execution.removeVariable(VAR_EXTENSION_APPROVED_BY);
  }
}
