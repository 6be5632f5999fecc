package cn.insure.claims.reporting.process;

/** Key, element ids and variable names of {@code processes/quality/service-quality-evaluation.bpmn}. */
public final class ServiceQualityEvaluationProcess {

  public static final String KEY = "serviceQualityEvaluation";

  static final String VAR_PERIOD = "evaluationPeriod";
  static final String VAR_SCOPE = "evaluationScope";
  static final String VAR_TARGETS = "evaluationTargets";
  static final String VAR_REPORT_ID = "qualityReportId";
  static final String VAR_REPORT_SUMMARY = "qualityReportSummary";
  static final String VAR_FINDINGS = "evaluationFindings";
  static final String VAR_ACTIONS = "improvementActions";
  static final String VAR_DECISION = "reportDecision";
  static final String VAR_APPROVAL_COMMENT = "approvalComment";
  static final String VAR_ACTION_IDS = "improvementActionIds";
  static final String VAR_ACTION_OWNERS = "improvementActionOwners";
  static final String VAR_ACTION_DUE_DATES = "improvementActionDueDates";
  static final String VAR_ACTION_DESCRIPTIONS = "improvementActionDescriptions";
  static final String VAR_ACTION_COUNT = "improvementActionCount";
  static final String VAR_ACTION_ID = "improvementActionId";
  static final String VAR_RESULT = "improvementResult";
  static final String VAR_EFFECTIVE = "improvementEffective";
  static final String VAR_VERIFICATION_COMMENT = "verificationComment";

  private ServiceQualityEvaluationProcess() {
  }
}
