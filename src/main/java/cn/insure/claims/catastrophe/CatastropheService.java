package cn.insure.claims.catastrophe;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.insure.claims.claim.Claim;
import cn.insure.claims.claim.ClaimService;
import cn.insure.claims.claim.ClaimWorkflow;
import cn.insure.claims.claim.ClaimSubmission;
import cn.insure.claims.claim.GreenChannel;
import cn.insure.claims.numbering.CaseNumbers;
import cn.insure.claims.system.errors.ApiException;
import cn.insure.claims.system.errors.ApiProblems;

/**
 * The catastrophe green channel: declaring an event (and starting its {@code catastropheEvent}
 * process), switching running claims to it, telling customers, closing it and its report.
 */
@Service
public class CatastropheService {

  /** What one step of the event process did with a batch of claims, and where the next batch starts. */
  public record Batch(int considered, int acted, String lastClaimNumber, boolean more) {
  }

  /** Case number prefix of events: CAT-YYYYMMDD-NNNNNN. */
  static final String EVENT_NUMBER_PREFIX = "CAT";

  private final CatastropheEvents events;
  private final CatastropheReports reports;
  private final GreenChannelEligibility eligibility;
  private final CatastropheSettings settings;
  private final ClaimService claimService;
  private final ClaimWorkflow claimWorkflow;
  private final CaseNumbers caseNumbers;
  private final CatastropheProcess process;
  private final Clock clock;

  CatastropheService(CatastropheEvents events, CatastropheReports reports, GreenChannelEligibility eligibility,
      CatastropheSettings settings, ClaimService claimService, ClaimWorkflow claimWorkflow, CaseNumbers caseNumbers,
      CatastropheProcess process, Clock clock) {
    this.events = events;
    this.reports = reports;
    this.eligibility = eligibility;
    this.settings = settings;
    this.claimService = claimService;
    this.claimWorkflow = claimWorkflow;
    this.caseNumbers = caseNumbers;
    this.process = process;
    this.clock = clock;
  }

  /** Declares an event from the API and starts its process; both happen or neither. */
  @Transactional
  public CatastropheEvent declare(CatastropheDeclaration declaration, String declaredBy) {
    CatastropheEvent event = register(declaration, declaredBy);
    process.start(event);
    return event;
  }

  /**
   * Records a declared event, open from now on: from here every new matching claim is a
   * green-channel claim. The defaults fill what the declaration leaves out.
   */
  @Transactional
  public CatastropheEvent register(CatastropheDeclaration d, String declaredBy) {
    List<ApiProblems.FieldError> errors = new ArrayList<>();
    BigDecimal fastTrackLimit = orDefault(d.fastTrackLimit(), settings.defaultFastTrackLimit);
    BigDecimal autoSettlementLimit = orDefault(d.autoSettlementLimit(), settings.defaultAutoSettlementLimit);
    if (d.lossTo().isBefore(d.lossFrom())) {
      errors.add(new ApiProblems.FieldError("lossTo", "must not be before lossFrom " + d.lossFrom()));
    }
    if (autoSettlementLimit.compareTo(fastTrackLimit) > 0) {
      errors.add(new ApiProblems.FieldError("autoSettlementLimit", "must not exceed the fast-track limit "
          + fastTrackLimit.toPlainString() + " CNY: a claim settled straight through is also fast-tracked"));
    }
    if (!errors.isEmpty()) {
      throw new ApiException(ApiProblems.invalid("Correct the declaration", errors));
    }
    LocalDate today = LocalDate.now(clock.withZone(CaseNumbers.BUSINESS_ZONE));
    if (d.lossTo().isBefore(today)) {
      throw ApiException.unprocessable("event-period-over", "The loss period ended on " + d.lossTo() + ", before "
          + "today (" + today + "): an event is declared while it lasts. Set lossTo to today or later.");
    }
    List<String> perils = (d.perils() == null || d.perils().isEmpty() ? settings.defaultPerils : d.perils()).stream()
        .map(ClaimSubmission.Peril::name).distinct().toList();
    CatastropheEvent event = new CatastropheEvent(caseNumbers.next(EVENT_NUMBER_PREFIX), d.name().trim(),
        d.grade() == null ? settings.defaultGrade : d.grade(), d.regionCodes().stream().distinct().toList(), perils,
        d.lossFrom(), d.lossTo(), fastTrackLimit, autoSettlementLimit,
        orDefault(d.advancePaymentShare(), settings.defaultAdvancePaymentShare), CatastropheEvent.Status.OPEN,
        declaredBy, clock.instant(), null, null, null);
    events.insert(event);
    return event;
  }

  public Optional<CatastropheEvent> find(String eventId) {
    return events.find(eventId);
  }

  public CatastropheEvent require(String eventId) {
    return events.find(eventId).orElseThrow(() -> ApiException.notFound("unknown-catastrophe", "No catastrophe event "
        + eventId + ". GET /api/catastrophes lists the events (CAT-YYYYMMDD-NNNNNN)."));
  }

  /** Events by status, all when {@code null}; latest declared first. */
  public List<CatastropheEvent> list(CatastropheEvent.Status status) {
    return events.list(status);
  }

  public long greenChannelClaims(String eventId) {
    return events.greenChannelClaims(eventId);
  }

  public Optional<CatastropheReport> report(String eventId) {
    return reports.find(eventId);
  }

  /**
   * A manager closes the event (the API's way of completing {@code closeCatastropheEvent}): new
   * claims no longer enter its green channel and the event report is compiled.
   */
  @Transactional
  public CatastropheEvent close(String eventId, String closedBy, String reason) {
    CatastropheEvent event = require(eventId);
    if (!event.open()) {
      throw ApiException.conflict("catastrophe-closed", "Event " + eventId + " was already closed on "
          + event.closedAt() + " by " + event.closedBy() + ".");
    }
    if (!process.close(eventId, closedBy,
        reason == null || reason.isBlank() ? "管理人员通过接口关闭 Closed over the API" : reason)) {
      throw ApiException.conflict("catastrophe-still-starting", "Event " + eventId + " is still switching running "
          + "claims to the green channel and notifying customers; it can be closed once that is done, usually "
          + "within minutes. Try again shortly.");
    }
    return require(eventId);
  }

  /** The event stops taking green-channel claims: closed by a manager, or by the end of its period. */
  @Transactional
  public void stopGreenChannel(String eventId, String closedBy, String reason) {
    CatastropheEvent event = events.findForUpdate(eventId).orElseThrow();
    if (event.open()) {
      events.close(eventId, closedBy, clock.instant(), reason);
    }
  }

  /**
   * The next batch of claims that were running when the event was declared: each one the
   * eligibility decision admits is switched to the green channel, keeping its progress.
   */
  @Transactional
  public Batch switchRunningClaims(String eventId, String afterClaimNumber) {
    CatastropheEvent event = require(eventId);
    if (!event.open()) {
      return new Batch(0, 0, afterClaimNumber, false);
    }
    List<String> candidates = events.runningClaimsMatching(event, afterClaimNumber, settings.batchSize);
    int switched = 0;
    for (String claimNumber : candidates) {
      Claim claim = claimService.require(claimNumber);
      Optional<GreenChannel> greenChannel = eligibility.eligibility(event, claim);
      if (greenChannel.isPresent() && claimService.switchToGreenChannel(claimNumber, greenChannel.get())) {
        switched++;
      }
    }
    return batch(candidates, switched, afterClaimNumber);
  }

  /**
   * The next batch of customers with open claims in the event's regions: a notice explaining the
   * simplified procedure, telling those whose claim is in the green channel that it is.
   */
  @Transactional
  public Batch notifyCustomers(String eventId, String afterClaimNumber) {
    CatastropheEvent event = require(eventId);
    List<String> claimNumbers = events.openClaimsInRegions(event, afterClaimNumber, settings.batchSize);
    for (String claimNumber : claimNumbers) {
      Claim claim = claimService.require(claimNumber);
      claimWorkflow.notifyClaimant(claimNumber, "CATASTROPHE_GREEN_CHANNEL", "catastrophe/green-channel",
          noticeValues(event, claim));
    }
    return batch(claimNumbers, claimNumbers.size(), afterClaimNumber);
  }

  /** Compiles the event report once the event is closed. */
  @Transactional
  public CatastropheReport compileReport(String eventId) {
    return reports.compile(eventId, clock.instant());
  }

  @Transactional
  public void recordReportReview(String eventId, String reviewedBy, String comment) {
    reports.recordReview(eventId, reviewedBy, clock.instant(), comment);
  }

  private Batch batch(List<String> claimNumbers, int acted, String afterClaimNumber) {
    String last = claimNumbers.isEmpty() ? afterClaimNumber : claimNumbers.get(claimNumbers.size() - 1);
    return new Batch(claimNumbers.size(), acted, last, claimNumbers.size() == settings.batchSize);
  }

  private static Map<String, String> noticeValues(CatastropheEvent event, Claim claim) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("eventName", event.name());
    values.put("grade", event.grade().chinese());
    values.put("regions", String.join("、", event.regionCodes()));
    values.put("lossFrom", event.lossFrom().toString());
    values.put("lossTo", event.lossTo().toString());
    values.put("fastTrackLimit", event.fastTrackLimit().stripTrailingZeros().toPlainString());
    values.put("autoSettlementLimit", event.autoSettlementLimit().stripTrailingZeros().toPlainString());
    values.put("advancePercent", event.advancePaymentShare().movePointRight(2).stripTrailingZeros().toPlainString());
    values.put("yourClaim", event.eventId().equals(claim.catastropheEventId())
        ? "您的案件 " + claim.claimNumber() + " 已进入绿色通道，将优先处理。"
        : "如您的损失由本次灾害造成，请尽快报案，我们将按绿色通道优先处理。您的案件 " + claim.claimNumber() + " 照常办理。");
    return values;
  }

  private static BigDecimal orDefault(BigDecimal value, BigDecimal fallback) {
    return value == null ? fallback : value;
  }
}
