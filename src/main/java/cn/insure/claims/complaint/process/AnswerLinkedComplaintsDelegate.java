package cn.insure.claims.complaint.process;

import static cn.insure.claims.complaint.process.CrisisIncidentProcess.VAR_ANSWERED_COMPLAINTS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.complaint.CrisisIncidents;

/** Task {@code answerLinkedComplaints}: the crisis team's response answers every complaint linked to the incident. */
@Component
class AnswerLinkedComplaintsDelegate implements JavaDelegate {

  private final CrisisIncidents incidents;

  AnswerLinkedComplaintsDelegate(CrisisIncidents incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String incidentId = (String) execution.getVariable(CrisisIncidentProcess.VAR_INCIDENT_ID);
    execution.setVariable(VAR_ANSWERED_COMPLAINTS, incidents.answerLinkedComplaints(incidentId).size());
    execution.setVariable(CrisisIncidentProcess.VAR_LINKED_COMPLAINTS, incidents.linkedComplaintsText(incidentId));
  }
}
