package cn.insure.claims.complaint.process;

import java.util.HashMap;
import java.util.Map;

import cn.insure.claims.complaint.Complaint;
import cn.insure.claims.system.privacy.PersonalData;
import cn.insure.claims.system.text.ColumnText;

/**
 * The contract of {@code processes/complaint/complaint-handling.bpmn}: process key, messages and
 * the variable names that forms, delegates and REST callers share. The variables that complete the
 * user tasks are those of issue 5 and nothing else.
 */
public final class ComplaintHandlingProcess {

  public static final String KEY = "complaintHandling";

  /** The longest text the engine keeps in a string variable (ACT_RU_VARIABLE.TEXT_). */
  static final int VARIABLE_TEXT = 4000;
  public static final String INCIDENT_DEADLINE_BREACHED = "complaintDeadlineBreached";

  /** The complainant's answer to the result letter, from a channel system ({@code POST .../feedback}). */
  public static final String MESSAGE_FEEDBACK_RECEIVED = "ComplaintFeedbackReceived";
  /** A crisis incident opened for the complaint's cause while it was being handled one by one. */
  public static final String MESSAGE_LINKED_TO_CRISIS_INCIDENT = "ComplaintLinkedToCrisisIncident";
  /** The crisis team answered the incident the complaint is linked to. */
  public static final String MESSAGE_CRISIS_INCIDENT_ANSWERED = "CrisisIncidentAnswered";
  /** The claims panel finished the reconsideration the complaint asked for. */
  public static final String MESSAGE_CLAIM_RECONSIDERED = "ClaimReconsiderationCompleted";

  public static final String VAR_COMPLAINT_NUMBER = "complaintNumber";
  public static final String VAR_CLAIM_NUMBER = "claimNumber";
  public static final String VAR_CRISIS_INCIDENT_ID = "crisisIncidentId";
  public static final String VAR_HANDLERS = "complaintHandlers";

  // handleComplaint, handleEscalatedComplaint
  public static final String VAR_RESOLUTION = "resolution";
  public static final String VAR_RESOLVED = "resolved";
  public static final String VAR_EXTENSION_REQUESTED = "extensionRequested";
  public static final String VAR_EXTENSION_REASON = "extensionReason";
  // approveExtension
  public static final String VAR_EXTENSION_APPROVED = "extensionApproved";
  public static final String VAR_APPROVAL_COMMENT = "approvalComment";
  // reviewComplaint
  public static final String VAR_REVIEW_OUTCOME = "reviewOutcome";
  public static final String VAR_REVIEW_COMMENT = "reviewComment";
  // recordComplainantFeedback and the feedback message
  public static final String VAR_SATISFIED = "satisfied";
  public static final String VAR_FEEDBACK_COMMENT = "feedbackComment";
  // ClaimReconsiderationCompleted
  public static final String VAR_RECONSIDERATION_OUTCOME = "reconsiderationOutcome";
  public static final String VAR_RECONSIDERATION_OPINION = "reconsiderationOpinion";
  // The other variables the Java code of this process reads or writes, one name each.
  public static final String VAR_ACKNOWLEDGEMENT_DAYS = "acknowledgementDays";
  public static final String VAR_ACKNOWLEDGEMENT_DUE_AT = "acknowledgementDueAt";
  public static final String VAR_CASE_SUMMARY = "caseSummary";
  public static final String VAR_CATEGORY = "category";
  public static final String VAR_CAUSE_TYPE = "causeType";
  public static final String VAR_CHANNEL = "channel";
  public static final String VAR_CLAIM_DISPUTABLE = "claimDisputable";
  public static final String VAR_CLAIM_RECONSIDERATION = "claimReconsideration";
  public static final String VAR_COMPLAINANT_CONTACT_MASKED = "complainantContactMasked";
  public static final String VAR_COMPLAINANT_COUNT = "complainantCount";
  public static final String VAR_COMPLAINANT_NAME = "complainantName";
  public static final String VAR_COMPLAINT_HISTORY = "complaintHistory";
  public static final String VAR_COMPLAINT_TEXT = "complaintText";
  public static final String VAR_CRISIS_ANSWERED = "crisisAnswered";
  public static final String VAR_CRISIS_CAUSE = "crisisCause";
  public static final String VAR_CRISIS_INCIDENT_OPEN = "crisisIncidentOpen";
  public static final String VAR_DAYS_LEFT = "daysLeft";
  public static final String VAR_DECISION_DAYS = "decisionDays";
  public static final String VAR_DECISION_DUE_AT = "decisionDueAt";
  public static final String VAR_DECISION_DUE_TEXT = "decisionDueText";
  public static final String VAR_DESCRIPTION = "description";
  public static final String VAR_ESCALATED = "escalated";
  public static final String VAR_EXTENSION_APPROVED_BY = "extensionApprovedBy";
  public static final String VAR_FEEDBACK_DUE_AT = "feedbackDueAt";
  public static final String VAR_FEEDBACK_DUE_TEXT = "feedbackDueText";
  public static final String VAR_HANDLING_GROUP = "handlingGroup";
  public static final String VAR_HANDLING_OUTCOME = "handlingOutcome";
  public static final String VAR_LINKED_CLAIM = "linkedClaim";
  public static final String VAR_MASS_COMPLAINT = "massComplaint";
  public static final String VAR_POLICY_NUMBER = "policyNumber";
  public static final String VAR_PRODUCT_NAME = "productName";
  public static final String VAR_RECONSIDERED_BY = "reconsideredBy";
  public static final String VAR_REMINDER_AT = "reminderAt";
  public static final String VAR_REQUESTED_DUE_TEXT = "requestedDueText";
  public static final String VAR_REQUESTED_EXTENSION_REASON = "requestedExtensionReason";
  public static final String VAR_REQUESTED_OUTCOME = "requestedOutcome";
  public static final String VAR_REVIEW_DUE_AT = "reviewDueAt";
  public static final String VAR_SAME_CAUSE_COMPLAINTS = "sameCauseComplaints";
  public static final String VAR_SAME_PRODUCT_COMPLAINTS = "sameProductComplaints";
  public static final String VAR_SPOT_CHECK_DRAWN = "spotCheckDrawn";
  public static final String VAR_SPOT_CHECK_FINDINGS = "spotCheckFindings";
  public static final String VAR_SUBJECT = "subject";
  public static final String VAR_SUPERVISOR_DUE_AT = "supervisorDueAt";
  public static final String VAR_TASK_DUE_TEXT = "taskDueText";
  public static final String VAR_TRIAGE_REASON = "triageReason";
  public static final String VAR_URGENCY = "urgency";

  private ComplaintHandlingProcess() {
  }

  /**
   * The variables that describe the complaint in Tasklist and that triage reads. Phone numbers and
   * e-mail addresses are masked; ID, phone and account numbers in the complainant's own words too.
   */
  public static Map<String, Object> variablesOf(Complaint complaint) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_COMPLAINT_NUMBER, complaint.complaintNumber());
    variables.put(VAR_CHANNEL, complaint.channel());
    variables.put(VAR_COMPLAINANT_NAME, complaint.complainantName());
    variables.put(VAR_COMPLAINANT_CONTACT_MASKED, complaint.maskedContact());
    variables.put(VAR_COMPLAINANT_COUNT, complaint.complainantCount());
    variables.put(VAR_POLICY_NUMBER, complaint.policyNumber());
    variables.put(VAR_PRODUCT_NAME, complaint.productName());
    variables.put(VAR_CLAIM_NUMBER, complaint.claimNumber());
    variables.put(VAR_CATEGORY, complaint.statedCategory());
    variables.put(VAR_SUBJECT, PersonalData.maskText(complaint.subject()));
    // A string variable holds at most 4,000 characters (the engine's column); the full texts stay in the complaint.
    variables.put(VAR_DESCRIPTION, ColumnText.fit(PersonalData.maskText(complaint.description()), VARIABLE_TEXT));
    variables.put(VAR_REQUESTED_OUTCOME, complaint.requestedOutcome() == null ? ""
        : PersonalData.maskText(complaint.requestedOutcome()));
    variables.put(VAR_COMPLAINT_TEXT, ColumnText.fit(PersonalData.maskText(complaint.text()), VARIABLE_TEXT));
    variables.put(VAR_ESCALATED, false);
    variables.put(VAR_CASE_SUMMARY, complaint.complainantName() + " · " + PersonalData.maskText(complaint.subject()));
    return variables;
  }
}
