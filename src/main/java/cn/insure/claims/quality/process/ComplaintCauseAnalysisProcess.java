package cn.insure.claims.quality.process;

/**
 * Process {@code complaintCauseAnalysis} (processes/quality/complaint-cause-analysis.bpmn): monthly
 * (timer) or by hand, complaints supervisors analyse last month's complaints; each corrective action
 * becomes {@code carryOutCorrectiveAction} for its owner and is checked one period later
 * ({@code verifyCorrectiveAction}). Business key {@code CCA-YYYY-MM}.
 */
public final class ComplaintCauseAnalysisProcess {

  public static final String KEY = "complaintCauseAnalysis";
  public static final String ANALYSE = "analyseComplaintCauses";
  public static final String CARRY_OUT = "carryOutCorrectiveAction";
  public static final String VERIFY = "verifyCorrectiveAction";

  /** At most this many actions per analysis in the form (action1… action3…). */
  static final int ACTION_SLOTS = 3;

  static final String VAR_PERIOD = "period";
  static final String VAR_ACTION_IDS = "correctiveActionIds";
  static final String VAR_ACTION_ID = "correctiveActionId";
  // The other variables the Java code of this process reads or writes, one name each.
  public static final String VAR_ACTION_DESCRIPTION = "actionDescription";
  public static final String VAR_ACTION_DUE_AT = "actionDueAt";
  public static final String VAR_ACTION_EFFECTIVE = "actionEffective";
  public static final String VAR_ACTION_OWNER_GROUP = "actionOwnerGroup";
  public static final String VAR_ACTION_OWNER_USER = "actionOwnerUser";
  public static final String VAR_ACTION_RESULT = "actionResult";
  public static final String VAR_CASE_SUMMARY = "caseSummary";
  public static final String VAR_COMPLAINT_COUNT = "complaintCount";
  public static final String VAR_COMPLAINT_FIGURES = "complaintFigures";
  public static final String VAR_VERIFICATION_DELAY = "verificationDelay";

  private ComplaintCauseAnalysisProcess() {
  }
}
