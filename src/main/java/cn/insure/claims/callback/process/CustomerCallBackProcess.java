package cn.insure.claims.callback.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

import cn.insure.claims.callback.CallBack;
import cn.insure.claims.system.identity.Roles;

/**
 * Process {@code customerCallBack} (processes/customer/customer-call-back.bpmn): key, steps and
 * variables. Business key {@code CB-<case number>}. No contact data in the variables: customer
 * service dials from the call-centre system by case number.
 */
public final class CustomerCallBackProcess {

  public static final String KEY = "customerCallBack";
  public static final String MAKE_CALL_BACK = "makeCallBack";
  public static final String FOLLOW_UP_DISSATISFACTION = "followUpDissatisfaction";

  public static final String VAR_CALL_BACK_ID = "callBackId";
  public static final String VAR_CASE_NUMBER = "caseNumber";
  public static final String VAR_REACHED = "reached";
  public static final String VAR_ATTEMPTS = "attempts";
  public static final String VAR_FOLLOW_UP_NEEDED = "followUpNeeded";
  public static final String VAR_WANTS_COMPLAINT = "wantsComplaint";
  public static final String VAR_LINKED_COMPLAINT_NUMBER = "linkedComplaintNumber";
  // The other variables the Java code of this process reads or writes, one name each.
  public static final String VAR_CASE_SUMMARY = "caseSummary";
  public static final String VAR_CASE_TYPE = "caseType";
  public static final String VAR_CUSTOMER_COMMENT = "customerComment";
  public static final String VAR_FOLLOW_UP_NOTE = "followUpNote";
  public static final String VAR_MAX_ATTEMPTS = "maxAttempts";
  public static final String VAR_RETRY_AFTER = "retryAfter";
  public static final String VAR_SELECTION_REASON = "selectionReason";
  public static final String VAR_SUPERVISOR_GROUP = "supervisorGroup";

  private CustomerCallBackProcess() {
  }

  static String businessKey(String caseNumber) {
    return "CB-" + caseNumber;
  }

  static Map<String, Object> variablesOf(String callBackId, String caseType, String caseNumber, String reason,
      int maxAttempts, String retryAfter) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_CALL_BACK_ID, callBackId);
    variables.put(VAR_CASE_TYPE, caseType);
    variables.put(VAR_CASE_NUMBER, caseNumber);
    variables.put(CallBack.CLAIM.equals(caseType) ? "claimNumber" : "complaintNumber", caseNumber);
    variables.put(VAR_SELECTION_REASON, reason);
    variables.put(VAR_CASE_SUMMARY,
        (CallBack.CLAIM.equals(caseType) ? "理赔回访 Claim " : "投诉回访 Complaint ") + caseNumber + " · " + reason);
    variables.put(VAR_SUPERVISOR_GROUP, CallBack.CLAIM.equals(caseType) ? Roles.CLAIMS_SUPERVISORS
        : Roles.COMPLAINTS_SUPERVISORS);
    variables.put(VAR_ATTEMPTS, 0);
    variables.put(VAR_MAX_ATTEMPTS, maxAttempts);
    variables.put(VAR_RETRY_AFTER, retryAfter);
    return variables;
  }

  static String actor(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? "system" : authentication.getUserId();
  }
}
