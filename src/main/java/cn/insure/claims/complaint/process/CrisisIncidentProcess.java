package cn.insure.claims.complaint.process;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import cn.insure.claims.complaint.ComplaintClocks;
import cn.insure.claims.complaint.CrisisIncident;

/**
 * The contract of {@code processes/complaint/crisis-incident.bpmn}: one instance per crisis incident,
 * business key = incident number {@code CRI-YYYYMMDD-NNNNNN}; the variables its forms show and the
 * crisis team completes its tasks with.
 */
public final class CrisisIncidentProcess {

  public static final String KEY = "crisisIncident";

  public static final String VAR_INCIDENT_ID = "crisisIncidentId";
  public static final String VAR_LINKED_COMPLAINTS = "linkedComplaints";
  public static final String VAR_COMPLAINT_COUNT = "complaintCount";

  // assessCrisis
  public static final String VAR_ASSESSMENT = "crisisAssessment";
  // respondToCrisis
  public static final String VAR_RESPONSE = "crisisResponse";
  // communicateCrisis
  public static final String VAR_COMMUNICATION = "communicationSummary";
  public static final String VAR_MEDIA_STATEMENT = "mediaStatementIssued";
  // summariseCrisis
  public static final String VAR_ROOT_CAUSE = "rootCause";
  public static final String VAR_CORRECTIVE_ACTION = "correctiveAction";
  // The other variables the Java code of this process reads or writes, one name each.
  public static final String VAR_ANSWERED_COMPLAINTS = "answeredComplaints";
  public static final String VAR_CASE_SUMMARY = "caseSummary";
  public static final String VAR_CAUSE_DESCRIPTION = "causeDescription";
  public static final String VAR_DAYS_LEFT = "daysLeft";
  public static final String VAR_DECISION_DUE_AT = "decisionDueAt";
  public static final String VAR_LEAD_COMPLAINT_NUMBER = "leadComplaintNumber";
  public static final String VAR_RESPONSE_DUE_AT = "responseDueAt";
  public static final String VAR_RESPONSE_DUE_TEXT = "responseDueText";

  private CrisisIncidentProcess() {
  }

  public static Map<String, Object> variablesOf(CrisisIncident incident, String linkedComplaints) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_INCIDENT_ID, incident.incidentId());
    variables.put(VAR_CAUSE_DESCRIPTION, incident.causeDescription());
    variables.put(VAR_LEAD_COMPLAINT_NUMBER, incident.leadComplaintNumber());
    variables.put(VAR_RESPONSE_DUE_AT, Date.from(incident.responseDueAt()));
    variables.put(VAR_RESPONSE_DUE_TEXT, ComplaintClocks.day(incident.responseDueAt()));
    variables.put(VAR_LINKED_COMPLAINTS, linkedComplaints);
    variables.put(VAR_COMPLAINT_COUNT, (int) linkedComplaints.lines().count());
    variables.put(VAR_CASE_SUMMARY, "危机事件 Crisis incident · " + incident.causeDescription());
    return variables;
  }
}
