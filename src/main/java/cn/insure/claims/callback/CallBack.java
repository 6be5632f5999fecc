package cn.insure.claims.callback;

import java.time.Instant;

/** A call-back and its questionnaire as stored (table {@code call_back}); scores are null when not reached. */
public record CallBack(String callBackId, String caseType, String caseNumber, String selectionReason,
    Instant startedAt, int attempts, String outcome, Integer overallSatisfaction, Integer speedScore,
    Integer attitudeScore, Integer clarityScore, Boolean contactChanged, String customerComment,
    boolean followUpOpened, String linkedComplaintNumber, String calledBy, Instant completedAt,
    String followUpNote, String followUpBy, Instant followUpAt) {

  public static final String CLAIM = "CLAIM";
  public static final String COMPLAINT = "COMPLAINT";
  public static final String REACHED = "REACHED";
  public static final String NOT_REACHED = "NOT_REACHED";
}
