package cn.insure.claims.catastrophe.process;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

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

  private CatastropheEventProcess() {
  }

  /** What Tasklist shows of the event, and the end of its period for the timer. */
  public static Map<String, Object> variablesOf(CatastropheEvent event) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_EVENT_ID, event.eventId());
    variables.put("eventName", event.name());
    variables.put("grade", event.grade().name());
    variables.put("gradeText", event.grade().chinese() + " " + event.grade().name());
    variables.put("regionCodes", String.join(", ", event.regionCodes()));
    variables.put("perilsText", String.join(", ", event.perils()));
    variables.put("lossFrom", event.lossFrom().toString());
    variables.put("lossTo", event.lossTo().toString());
    variables.put("eventEndsAt", Date.from(event.endsAt()));
    variables.put("eventEndsText", event.endsAt().atZone(CaseNumbers.BUSINESS_ZONE).toLocalDateTime().toString()
        .replace('T', ' '));
    variables.put("fastTrackLimit", event.fastTrackLimit().doubleValue());
    variables.put("autoSettlementLimit", event.autoSettlementLimit().doubleValue());
    variables.put("advancePaymentShare", event.advancePaymentShare().doubleValue());
    variables.put("declaredBy", event.declaredBy());
    variables.put("caseSummary", event.name() + " · " + event.grade().chinese() + " · "
        + String.join(", ", event.regionCodes()));
    variables.put("switchCursor", "");
    variables.put("noticeCursor", "");
    variables.put("claimsSwitched", 0L);
    variables.put("customersNotified", 0L);
    variables.put("moreClaimsToSwitch", false);
    variables.put("moreNoticesToSend", false);
    return variables;
  }
}
