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

  private ComplaintHandlingProcess() {
  }

  /**
   * The variables that describe the complaint in Tasklist and that triage reads. Phone numbers and
   * e-mail addresses are masked; ID, phone and account numbers in the complainant's own words too.
   */
  public static Map<String, Object> variablesOf(Complaint complaint) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_COMPLAINT_NUMBER, complaint.complaintNumber());
    variables.put("channel", complaint.channel());
    variables.put("complainantName", complaint.complainantName());
    variables.put("complainantContactMasked", contact(complaint));
    variables.put("complainantCount", complaint.complainantCount());
    variables.put("policyNumber", complaint.policyNumber());
    variables.put("productName", complaint.productName());
    variables.put(VAR_CLAIM_NUMBER, complaint.claimNumber());
    variables.put("category", complaint.statedCategory());
    variables.put("subject", PersonalData.maskText(complaint.subject()));
    // A string variable holds at most 4,000 characters (the engine's column); the full texts stay in the complaint.
    variables.put("description", ColumnText.fit(PersonalData.maskText(complaint.description()), VARIABLE_TEXT));
    variables.put("requestedOutcome", complaint.requestedOutcome() == null ? ""
        : PersonalData.maskText(complaint.requestedOutcome()));
    variables.put("complaintText", ColumnText.fit(PersonalData.maskText(complaint.text()), VARIABLE_TEXT));
    variables.put("escalated", false);
    variables.put("caseSummary", complaint.complainantName() + " · " + PersonalData.maskText(complaint.subject()));
    return variables;
  }

  /** How the complainant can be reached, masked: {@code 139****9000 · l***@example.com}. */
  public static String contact(Complaint complaint) {
    StringBuilder contact = new StringBuilder();
    if (complaint.complainantPhone() != null) {
      contact.append(PersonalData.maskPhone(complaint.complainantPhone()));
    }
    if (complaint.complainantEmail() != null) {
      contact.append(contact.isEmpty() ? "" : " · ").append(PersonalData.maskEmail(complaint.complainantEmail()));
    }
    return contact.toString();
  }
}
