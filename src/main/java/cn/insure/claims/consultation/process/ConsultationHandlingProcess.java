package cn.insure.claims.consultation.process;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

import cn.insure.claims.consultation.Consultation;
import cn.insure.claims.numbering.CaseNumbers;
import cn.insure.claims.system.privacy.PersonalData;

/**
 * Process {@code consultationHandling} (processes/customer/consultation-handling.bpmn): its key,
 * steps and variables. Business key = consultation number. The customer's phone number never
 * becomes a variable; the question is kept masked.
 */
public final class ConsultationHandlingProcess {

  public static final String KEY = "consultationHandling";

  public static final String ANSWER_CONSULTATION = "answerConsultation";
  public static final String ANSWER_ADVISOR_CONSULTATION = "answerAdvisorConsultation";

  /** The loss report's claimed amount (answerConsultation form), kept as a decimal. */
  public static final String VAR_CLAIMED_AMOUNT = "claimedAmount";
  public static final String VAR_CONSULTATION_NUMBER = "consultationNumber";
  public static final String VAR_FIRST_RESPONSE_DUE = "firstResponseDue";
  /** ANSWERED, ADVISOR, LOSS_REPORT or COMPLAINT: chosen in {@code answerConsultation}. */
  public static final String VAR_RESOLUTION = "resolution";
  public static final String VAR_ANSWER = "answer";
  public static final String VAR_ANSWERED_BY = "answeredBy";
  public static final String VAR_LINKED_CLAIM_NUMBER = "linkedClaimNumber";
  public static final String VAR_LINKED_COMPLAINT_NUMBER = "linkedComplaintNumber";

  /** Fields of the loss report in {@code answerConsultation}; the ID number leaves the process once used. */
  static final String VAR_CLAIMANT_ID_NUMBER = "claimantIdNumber";
  // The other variables the Java code of this process reads or writes, one name each.
  public static final String VAR_CASE_SUMMARY = "caseSummary";
  public static final String VAR_CHANNEL = "channel";
  public static final String VAR_CLAIM_NUMBER = "claimNumber";
  public static final String VAR_CONSULTATION_QUESTION = "consultationQuestion";
  public static final String VAR_CUSTOMER_PHONE = "customerPhone";
  public static final String VAR_FIRST_RESPONSE_DUE_TEXT = "firstResponseDueText";
  public static final String VAR_POLICY_NUMBER = "policyNumber";
  public static final String VAR_QUESTION = "question";
  public static final String VAR_TOPIC = "topic";

  private static final DateTimeFormatter DUE_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private ConsultationHandlingProcess() {
  }

  public static Map<String, Object> variablesOf(Consultation c) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_CONSULTATION_NUMBER, c.consultationNumber());
    variables.put(VAR_CHANNEL, c.channel());
    variables.put(VAR_TOPIC, c.topic());
    variables.put(VAR_POLICY_NUMBER, c.policyNumber());
    variables.put(VAR_CLAIM_NUMBER, c.claimNumber());
    variables.put(VAR_CONSULTATION_QUESTION, PersonalData.maskText(c.question()));
    variables.put(VAR_CASE_SUMMARY, c.customerName() + " · " + c.topic() + " · " + PersonalData.maskPhone(c.customerPhone()));
    variables.put(VAR_FIRST_RESPONSE_DUE, Date.from(c.firstResponseDue()));
    variables.put(VAR_FIRST_RESPONSE_DUE_TEXT, DUE_TEXT.format(c.firstResponseDue().atZone(CaseNumbers.BUSINESS_ZONE))
        + "（北京时间 China time）");
    return variables;
  }

  /** Who is acting on a task: its assignee, else the authenticated caller completing it. */
  static String actor(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? "system" : authentication.getUserId();
  }

  static String text(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
