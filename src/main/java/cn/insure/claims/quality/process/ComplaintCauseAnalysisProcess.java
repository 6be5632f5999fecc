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

  private ComplaintCauseAnalysisProcess() {
  }
}
