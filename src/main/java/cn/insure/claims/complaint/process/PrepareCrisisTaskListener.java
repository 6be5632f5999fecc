package cn.insure.claims.complaint.process;

import static cn.insure.claims.complaint.process.CrisisIncidentProcess.VAR_DAYS_LEFT;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.insure.claims.complaint.ComplaintClocks;
import cn.insure.claims.complaint.CrisisIncidents;

/** On creation of every crisis task: days left to answer and the complaints linked to the incident so far. */
@Component
class PrepareCrisisTaskListener implements TaskListener {

  private final CrisisIncidents incidents;
  private final Clock clock;

  PrepareCrisisTaskListener(CrisisIncidents incidents, Clock clock) {
    this.incidents = incidents;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    String incidentId = (String) task.getVariable(CrisisIncidentProcess.VAR_INCIDENT_ID);
    if (task.getDueDate() != null) {
      task.setVariable(VAR_DAYS_LEFT, ComplaintClocks.daysLeft(clock.instant(), task.getDueDate().toInstant()));
    }
    task.setVariable(CrisisIncidentProcess.VAR_LINKED_COMPLAINTS, incidents.linkedComplaintsText(incidentId));
  }
}
