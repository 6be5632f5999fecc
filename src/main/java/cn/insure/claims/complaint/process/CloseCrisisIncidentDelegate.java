package cn.insure.claims.complaint.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.complaint.CrisisIncidents;

/** Task {@code closeCrisisIncident}: summarised and fixed; the incident collects no more complaints. */
@Component
class CloseCrisisIncidentDelegate implements JavaDelegate {

  private final CrisisIncidents incidents;

  CloseCrisisIncidentDelegate(CrisisIncidents incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    incidents.close((String) execution.getVariable(CrisisIncidentProcess.VAR_INCIDENT_ID));
  }
}
