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

  private CustomerCallBackProcess() {
  }

  static String businessKey(String caseNumber) {
    return "CB-" + caseNumber;
  }

  static Map<String, Object> variablesOf(String callBackId, String caseType, String caseNumber, String reason,
      int maxAttempts, String retryAfter) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_CALL_BACK_ID, callBackId);
    variables.put("caseType", caseType);
    variables.put(VAR_CASE_NUMBER, caseNumber);
    variables.put(CallBack.CLAIM.equals(caseType) ? "claimNumber" : "complaintNumber", caseNumber);
    variables.put("selectionReason", reason);
    variables.put("caseSummary", (CallBack.CLAIM.equals(caseType) ? "理赔回访 Claim " : "投诉回访 Complaint ")
        + caseNumber + " · " + reason);
    variables.put("supervisorGroup", CallBack.CLAIM.equals(caseType) ? Roles.CLAIMS_SUPERVISORS
        : Roles.COMPLAINTS_SUPERVISORS);
    variables.put(VAR_ATTEMPTS, 0);
    variables.put("maxAttempts", maxAttempts);
    variables.put("retryAfter", retryAfter);
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
