package cn.insure.claims.quality.process;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

import cn.insure.claims.quality.Rectifications;

/**
 * Process {@code spotCheckRectification} (processes/quality/spot-check-rectification.bpmn): a
 * spot-check finding rectified by the reviewer's supervisors by a due date, then verified by a quality
 * inspector who did not raise it. Business key {@code RECT-<case number>}.
 */
public final class SpotCheckRectificationProcess {

  public static final String KEY = "spotCheckRectification";
  public static final String RECTIFY = "rectifySpotCheckFinding";
  public static final String VERIFY = "verifyRectification";

  static final String VAR_RECTIFICATION_ID = "rectificationId";
  static final String VAR_DUE_AT = "rectificationDueAt";
  static final String VAR_EFFECTIVE = "rectificationEffective";
  // The other variables the Java code of this process reads or writes, one name each.
  public static final String VAR_CLAIM_NUMBER = "claimNumber";
  public static final String VAR_COMPLAINT_NUMBER = "complaintNumber";
  public static final String VAR_CASE_NUMBER = "caseNumber";
  public static final String VAR_CASE_SUMMARY = "caseSummary";
  public static final String VAR_CASE_TYPE = "caseType";
  public static final String VAR_FINDING = "finding";
  public static final String VAR_RAISED_BY = "raisedBy";
  public static final String VAR_RESPONSIBLE_GROUP = "responsibleGroup";

  private SpotCheckRectificationProcess() {
  }

  static Map<String, Object> variablesOf(Rectifications.Rectification r, String responsibleGroup) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_RECTIFICATION_ID, r.rectificationId());
    variables.put(VAR_CASE_TYPE, r.caseType());
    variables.put(VAR_CASE_NUMBER, r.caseNumber());
    variables.put("CLAIM".equals(r.caseType()) ? VAR_CLAIM_NUMBER : VAR_COMPLAINT_NUMBER, r.caseNumber());
    variables.put(VAR_FINDING, r.finding());
    variables.put(VAR_RAISED_BY, r.raisedBy());
    variables.put(VAR_RESPONSIBLE_GROUP, responsibleGroup);
    variables.put(VAR_CASE_SUMMARY, "抽检整改 Spot-check finding · " + r.caseNumber());
    variables.put(VAR_DUE_AT, Date.from(r.dueAt()));
    return variables;
  }

  static String actor(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? "system" : authentication.getUserId();
  }

  static String requiredText(DelegateTask task, String field, String words) {
    Object value = task.getVariable(field);
    String text = value == null ? "" : value.toString().trim();
    if (text.isEmpty() || text.length() > 4000) {
      throw new org.camunda.bpm.engine.BadUserRequestException(field + ": " + words + "（不超过4000字 at most 4000 "
          + "characters）");
    }
    return text;
  }
}
