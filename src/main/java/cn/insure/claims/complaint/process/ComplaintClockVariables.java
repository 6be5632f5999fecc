package cn.insure.claims.complaint.process;

import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_ACKNOWLEDGEMENT_DUE_AT;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_DECISION_DUE_AT;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_DECISION_DUE_TEXT;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_REMINDER_AT;

import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;

import cn.insure.claims.complaint.ComplaintClocks;
import cn.insure.claims.complaint.ComplaintWorkflow;

/** The clock variables timers and due dates read: the decision due date, the reminder and the due date in words. */
final class ComplaintClockVariables {

  private ComplaintClockVariables() {
  }

  static void set(VariableScope scope, ComplaintWorkflow.DecisionClock clock) {
    scope.setVariable(VAR_ACKNOWLEDGEMENT_DUE_AT, Date.from(clock.acknowledgementDueAt()));
    scope.setVariable(VAR_DECISION_DUE_AT, Date.from(clock.decisionDueAt()));
    scope.setVariable(VAR_REMINDER_AT, Date.from(clock.reminderAt()));
    scope.setVariable(VAR_DECISION_DUE_TEXT, ComplaintClocks.day(clock.decisionDueAt()));
  }
}
