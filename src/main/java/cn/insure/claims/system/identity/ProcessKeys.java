package cn.insure.claims.system.identity;

/** Keys of the executable processes, as granted to the groups that start and read them. */
final class ProcessKeys {

  static final String CLAIM_HANDLING = "claimHandling";
  static final String COMPLAINT_HANDLING = "complaintHandling";
  static final String CRISIS_INCIDENT = "crisisIncident";
  static final String CATASTROPHE_EVENT = "catastropheEvent";
  static final String CONSULTATION_HANDLING = "consultationHandling";
  static final String CUSTOMER_CALL_BACK = "customerCallBack";
  static final String SPOT_CHECK_RECTIFICATION = "spotCheckRectification";
  static final String COMPLAINT_CAUSE_ANALYSIS = "complaintCauseAnalysis";
  static final String SERVICE_QUALITY_EVALUATION = "serviceQualityEvaluation";

  private ProcessKeys() {
  }
}
