package cn.insure.claims.complaint.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;

import cn.insure.claims.complaint.ComplaintClocks;
import cn.insure.claims.complaint.ComplaintWorkflow;

/** The clock variables timers and due dates read: the decision due date, the reminder and the due date in words. */
final class ComplaintClockVariables {

  private ComplaintClockVariables() {
  }

  static void set(VariableScope scope, ComplaintWorkflow.DecisionClock clock) {
    scope.setVariable("acknowledgementDueAt", Date.from(clock.acknowledgementDueAt()));
    scope.setVariable("decisionDueAt", Date.from(clock.decisionDueAt()));
    scope.setVariable("reminderAt", Date.from(clock.reminderAt()));
    scope.setVariable("decisionDueText", ComplaintClocks.day(clock.decisionDueAt()));
  }
}
