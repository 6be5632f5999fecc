package cn.insure.claims.catastrophe.process;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import cn.insure.claims.system.engine.EngineAmounts;
import cn.insure.claims.catastrophe.CatastropheEvent;
import cn.insure.claims.numbering.CaseNumbers;

/**
 * The contract of {@code processes/catastrophe/catastrophe-event.bpmn}: process key, task ids and
 * the variables forms, delegates and the API share. Business key = event id.
 */
public final class CatastropheEventProcess {

  public static final String KEY = "catastropheEvent";
  public static final String TASK_CLOSE = "closeCatastropheEvent";
  public static final String TASK_REVIEW_REPORT = "reviewCatastropheReport";

  public static final String VAR_EVENT_ID = "eventId";
  public static final String VAR_CLOSE_REASON = "closeReason";
  static final String VAR_CLOSED_BY = "closedBy";
  // The other variables the Java code of this process reads or writes, one name each.
  public static final String VAR_ADVANCE_PAYMENT_SHARE = "advancePaymentShare";
  public static final String VAR_AMOUNT_ADVANCED = "amountAdvanced";
  public static final String VAR_AMOUNT_APPROVED = "amountApproved";
  public static final String VAR_AMOUNT_CLAIMED = "amountClaimed";
  public static final String VAR_AMOUNT_PAID = "amountPaid";
  public static final String VAR_AUTO_SETTLEMENT_LIMIT = "autoSettlementLimit";
  public static final String VAR_AVERAGE_HOURS_TO_PAYMENT_TEXT = "averageHoursToPaymentText";
  public static final String VAR_CASE_SUMMARY = "caseSummary";
  public static final String VAR_CLAIMS_DECIDED = "claimsDecided";
  public static final String VAR_CLAIMS_PAID_WITHIN_TARGET = "claimsPaidWithinTarget";
  public static final String VAR_CLAIMS_RECEIVED = "claimsReceived";
  public static final String VAR_CLAIMS_SWITCHED = "claimsSwitched";
  public static final String VAR_CUSTOMERS_NOTIFIED = "customersNotified";
  public static final String VAR_DECLARED_BY = "declaredBy";
  public static final String VAR_EVENT_ENDS_AT = "eventEndsAt";
  public static final String VAR_EVENT_ENDS_TEXT = "eventEndsText";
  public static final String VAR_EVENT_NAME = "eventName";
  public static final String VAR_FAST_TRACK_LIMIT = "fastTrackLimit";
  public static final String VAR_GRADE = "grade";
  public static final String VAR_GRADE_TEXT = "gradeText";
  public static final String VAR_LOSS_FROM = "lossFrom";
  public static final String VAR_LOSS_TO = "lossTo";
  public static final String VAR_MORE_CLAIMS_TO_SWITCH = "moreClaimsToSwitch";
  public static final String VAR_MORE_NOTICES_TO_SEND = "moreNoticesToSend";
  public static final String VAR_NOTICE_CURSOR = "noticeCursor";
  public static final String VAR_PERILS = "perils";
  public static final String VAR_PERILS_TEXT = "perilsText";
  public static final String VAR_REGION_CODES = "regionCodes";
  public static final String VAR_REPORT_REVIEW_COMMENT = "reportReviewComment";
  public static final String VAR_REPORT_SUMMARY = "reportSummary";
  public static final String VAR_SHARE_PAID_WITHIN_TARGET_TEXT = "sharePaidWithinTargetText";
  public static final String VAR_SWITCH_CURSOR = "switchCursor";
  public static final String VAR_TARGET_MET = "targetMet";
  public static final String VAR_TARGET_TEXT = "targetText";

  private CatastropheEventProcess() {
  }

  /** What Tasklist shows of the event, and the end of its period for the timer. */
  public static Map<String, Object> variablesOf(CatastropheEvent event) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_EVENT_ID, event.eventId());
    variables.put(VAR_EVENT_NAME, event.name());
    variables.put(VAR_GRADE, event.grade().name());
    variables.put(VAR_GRADE_TEXT, event.grade().chinese() + " " + event.grade().name());
    variables.put(VAR_REGION_CODES, String.join(", ", event.regionCodes()));
    variables.put(VAR_PERILS_TEXT, String.join(", ", event.perils()));
    variables.put(VAR_LOSS_FROM, event.lossFrom().toString());
    variables.put(VAR_LOSS_TO, event.lossTo().toString());
    variables.put(VAR_EVENT_ENDS_AT, Date.from(event.endsAt()));
    variables.put(VAR_EVENT_ENDS_TEXT, event.endsAt().atZone(CaseNumbers.BUSINESS_ZONE).toLocalDateTime().toString()
        .replace('T', ' '));
    variables.put(VAR_FAST_TRACK_LIMIT, EngineAmounts.variable(event.fastTrackLimit()));
    variables.put(VAR_AUTO_SETTLEMENT_LIMIT, EngineAmounts.variable(event.autoSettlementLimit()));
    variables.put(VAR_ADVANCE_PAYMENT_SHARE, EngineAmounts.share(event.advancePaymentShare()));
    variables.put(VAR_DECLARED_BY, event.declaredBy());
    variables.put(VAR_CASE_SUMMARY, event.name() + " · " + event.grade().chinese() + " · "
        + String.join(", ", event.regionCodes()));
    variables.put(VAR_SWITCH_CURSOR, "");
    variables.put(VAR_NOTICE_CURSOR, "");
    variables.put(VAR_CLAIMS_SWITCHED, 0L);
    variables.put(VAR_CUSTOMERS_NOTIFIED, 0L);
    variables.put(VAR_MORE_CLAIMS_TO_SWITCH, false);
    variables.put(VAR_MORE_NOTICES_TO_SEND, false);
    return variables;
  }
}
