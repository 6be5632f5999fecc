package cn.insure.claims.complaint.process;

import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_CRISIS_ANSWERED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.complaint.CrisisIncidents;

/**
 * Task {@code joinCrisisIncident}: a major complaint joins the crisis incident of its cause or opens
 * one; joining an incident the crisis team has already answered answers the complaint at once.
 */
@Component
class JoinCrisisIncidentDelegate implements JavaDelegate {

  private final CrisisIncidents incidents;

  JoinCrisisIncidentDelegate(CrisisIncidents incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintNumber = (String) execution.getVariable(ComplaintHandlingProcess.VAR_COMPLAINT_NUMBER);
    CrisisIncidents.Linked linked = incidents.link(complaintNumber);
    execution.setVariable(ComplaintHandlingProcess.VAR_CRISIS_INCIDENT_ID, linked.incident().incidentId());
    execution.setVariable(VAR_CRISIS_ANSWERED, linked.incident().answered());
    if (linked.incident().answered()) {
      execution.setVariable(ComplaintHandlingProcess.VAR_RESOLUTION, linked.incident().response());
      execution.setVariable(ComplaintHandlingProcess.VAR_HANDLERS, linked.incident().respondedBy());
    }
  }
}
