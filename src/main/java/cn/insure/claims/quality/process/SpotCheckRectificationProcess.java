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

  private SpotCheckRectificationProcess() {
  }

  static Map<String, Object> variablesOf(Rectifications.Rectification r, String responsibleGroup) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_RECTIFICATION_ID, r.rectificationId());
    variables.put("caseType", r.caseType());
    variables.put("caseNumber", r.caseNumber());
    variables.put("CLAIM".equals(r.caseType()) ? "claimNumber" : "complaintNumber", r.caseNumber());
    variables.put("finding", r.finding());
    variables.put("raisedBy", r.raisedBy());
    variables.put("responsibleGroup", responsibleGroup);
    variables.put("caseSummary", "抽检整改 Spot-check finding · " + r.caseNumber());
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
