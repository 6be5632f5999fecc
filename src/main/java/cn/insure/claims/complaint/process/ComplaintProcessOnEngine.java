package cn.insure.claims.complaint.process;

import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.KEY;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.MESSAGE_CRISIS_INCIDENT_ANSWERED;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.MESSAGE_FEEDBACK_RECEIVED;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.MESSAGE_LINKED_TO_CRISIS_INCIDENT;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_CRISIS_INCIDENT_ID;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_FEEDBACK_COMMENT;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_HANDLERS;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_RESOLUTION;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_REVIEW_DUE_AT;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_SATISFIED;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import cn.insure.claims.complaint.Complaint;
import cn.insure.claims.complaint.ComplaintProcess;
import cn.insure.claims.system.cluster.ProcessStarts;

/** {@link ComplaintProcess} on the engine: starts and message correlations of {@code complaintHandling}. */
@Component
class ComplaintProcessOnEngine implements ComplaintProcess {

  private final RuntimeService runtimeService;
  private final ProcessStarts processStarts;

  ComplaintProcessOnEngine(RuntimeService runtimeService, ProcessStarts processStarts) {
    this.runtimeService = runtimeService;
    this.processStarts = processStarts;
  }

  @Override
  public void start(Complaint complaint) {
    processStarts.start(KEY, complaint.complaintNumber(), ComplaintHandlingProcess.variablesOf(complaint));
  }

  @Override
  public boolean waitsForFeedback(String complaintNumber) {
    return waitsFor(complaintNumber, MESSAGE_FEEDBACK_RECEIVED);
  }

  @Override
  public void feedbackReceived(String complaintNumber, boolean satisfied, String comment, Instant reviewDueAt) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_SATISFIED, satisfied);
    variables.put(VAR_FEEDBACK_COMMENT, comment);
    if (reviewDueAt != null) {
      variables.put(VAR_REVIEW_DUE_AT, Date.from(reviewDueAt));
    }
    runtimeService.createMessageCorrelation(MESSAGE_FEEDBACK_RECEIVED).processInstanceBusinessKey(complaintNumber)
        .setVariables(variables).correlate();
  }

  @Override
  public boolean canJoinCrisisIncident(String complaintNumber) {
    return waitsFor(complaintNumber, MESSAGE_LINKED_TO_CRISIS_INCIDENT);
  }

  @Override
  public void linkedToCrisisIncident(String complaintNumber, String incidentId) {
    runtimeService.createMessageCorrelation(MESSAGE_LINKED_TO_CRISIS_INCIDENT)
        .processInstanceBusinessKey(complaintNumber).setVariable(VAR_CRISIS_INCIDENT_ID, incidentId).correlate();
  }

  @Override
  public void crisisIncidentAnswered(String complaintNumber, String resolution, String handlers) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_RESOLUTION, resolution);
    variables.put(VAR_HANDLERS, handlers);
    runtimeService.createMessageCorrelation(MESSAGE_CRISIS_INCIDENT_ANSWERED)
        .processInstanceBusinessKey(complaintNumber).setVariables(variables).correlateAll();
  }

  private boolean waitsFor(String complaintNumber, String message) {
    return runtimeService.createExecutionQuery().processInstanceBusinessKey(complaintNumber)
        .messageEventSubscriptionName(message).count() > 0;
  }
}
