package cn.insure.claims.complaint.process;

import static cn.insure.claims.complaint.process.CrisisIncidentProcess.KEY;
import static cn.insure.claims.complaint.process.CrisisIncidentProcess.VAR_COMPLAINT_COUNT;
import static cn.insure.claims.complaint.process.CrisisIncidentProcess.VAR_LINKED_COMPLAINTS;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import cn.insure.claims.complaint.CrisisIncident;
import cn.insure.claims.complaint.CrisisProcess;
import cn.insure.claims.system.cluster.ProcessStarts;

/** {@link CrisisProcess} on the engine: the start and the linked-complaint variables of {@code crisisIncident}. */
@Component
class CrisisProcessOnEngine implements CrisisProcess {

  private final RuntimeService runtimeService;
  private final ProcessStarts processStarts;

  CrisisProcessOnEngine(RuntimeService runtimeService, ProcessStarts processStarts) {
    this.runtimeService = runtimeService;
    this.processStarts = processStarts;
  }

  @Override
  public void start(CrisisIncident incident, String linkedComplaints) {
    processStarts.start(KEY, incident.incidentId(), CrisisIncidentProcess.variablesOf(incident, linkedComplaints));
  }

  @Override
  public void linkedComplaintsChanged(String incidentId, String linkedComplaints, int complaintCount) {
    runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(incidentId).processDefinitionKey(KEY).list()
        .forEach(instance -> runtimeService.setVariables(instance.getId(), Map.of(
            VAR_LINKED_COMPLAINTS, linkedComplaints, VAR_COMPLAINT_COUNT, complaintCount)));
  }
}
