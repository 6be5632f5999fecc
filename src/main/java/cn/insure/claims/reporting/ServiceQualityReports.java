package cn.insure.claims.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.insure.claims.reporting.ReportData.CallBackRow;
import cn.insure.claims.reporting.ReportData.ClaimRow;
import cn.insure.claims.reporting.ReportData.ComplaintRow;
import cn.insure.claims.reporting.ReportData.ConsultationRow;
import cn.insure.claims.reporting.ReportData.SpotCheckRow;
import cn.insure.claims.reporting.Report.Sheet;
import cn.insure.claims.reporting.StatutoryClocks.ClockCase;

/**
 * Compiles the three reports — service quality, regulatory (statutory clocks) and staff appraisal —
 * for a month or quarter. Every figure is defined once here and in the README
 * ("Service quality and reports").
 *
 * <p>Over 250 lines because each indicator of the service-quality report is defined here next to
 * the others of its area (claims, catastrophe, complaints, service), one for one with the README's
 * table; statutory clocks ({@link StatutoryClocks}) and the staff appraisal ({@link
 * StaffAppraisalReport}) are their own classes.
 */
@Service
@Transactional(readOnly = true)
public class ServiceQualityReports {

  static final Duration CATASTROPHE_PAYMENT_WINDOW = Duration.ofDays(7);
  static final List<String> INDICATOR_COLUMNS = List.of("dimension", "group", "indicator", "name", "value", "unit",
      "target", "targetMet", "numerator", "denominator");

  /**
   * After a month has ended, complaints it received may still be answered within their 15/30 days
   * and extended ones later; 45 days after its end nothing in the month's headline changes any more.
   */
  static final Duration SETTLED_AFTER = Duration.ofDays(45);

  private final Map<String, Map<String, Object>> settledMonths = new java.util.concurrent.ConcurrentHashMap<>();
  private final ReportData data;
  private final ReportSettings settings;
  private final StatutoryClocks clocks;
  private final Clock clock;

  ServiceQualityReports(ReportData data, StatutoryClocks clocks, ReportSettings settings, Clock clock) {
    this.data = data;
    this.clocks = clocks;
    this.settings = settings;
    this.clock = clock;
  }

  public ZoneId zone() {
    return settings.zone();
  }

  public ReportPeriod period(String text) {
    return ReportPeriod.parse(text, settings.zone());
  }

  // ---------------------------------------------------------------- service quality

  public Report serviceQuality(ReportPeriod period) {
    Instant now = clock.instant();
    List<ClaimRow> claims = claims(period);
    List<ComplaintRow> complaints = data.complaints(period.start(), period.end());
    List<ClockCase> clockCases = clocks.cases(period, claims, complaints);
    List<Sheet> sheets = new ArrayList<>();
    sheets.add(new Sheet("indicators", "服务品质指标 Service quality indicators", INDICATOR_COLUMNS,
        headline(period, claims, complaints, clockCases, now)));
    sheets.add(new Sheet("claims", "理赔 Claims", INDICATOR_COLUMNS, claimFigures(period, claims, clockCases, now)));
    sheets.add(new Sheet("catastrophe", "巨灾7日赔付 Catastrophe events: paid within 7 days",
        List.of("eventId", "claims", "paidWithin7Days", "share", "target", "targetMet"), catastrophe(period, claims)));
    sheets.add(new Sheet("complaints", "投诉 Complaints", INDICATOR_COLUMNS, complaintFigures(period, complaints, now)));
    sheets.add(clocks.sheet(clockCases, now));
    sheets.add(clocks.breaches(clockCases, now));
    return new Report("service-quality", period.label(), period.start(), period.end(), settings.zone().getId(), now,
        sheets);
  }

  /**
   * Breaches of clocks that fell due before {@code month} (up to two years back) and are still open now:
   * a case undecided, unpaid or unanswered past its due time stays on the dashboard until it is done,
   * not only in the month it fell due.
   */
  public List<Map<String, Object>> openBreachesBefore(ReportPeriod month) {
    Instant now = clock.instant();
    Instant from = month.start().minus(ReportData.PAYMENT_HORIZON);
    ReportPeriod earlier = new ReportPeriod("before " + month.label(), month.firstDay().minusYears(2),
        month.firstDay(), from, month.start());
    List<ClockCase> open = clocks.cases(earlier,
        data.claimsWithOpenClocks(month.start(), settings.advancePaymentAfter(), settings.paymentPeriod()),
        data.complaintsOpenPastDue(month.start())).stream().filter(c -> c.doneAt() == null).toList();
    return clocks.breaches(open, now).rows();
  }

  /** The regulatory report: every statutory clock with cases due, met, breached, and the breach list. */
  public Report regulatory(ReportPeriod period) {
    Instant now = clock.instant();
    List<ClockCase> clockCases = clocks.cases(period, claims(period), data.complaints(period.start(), period.end()));
    return new Report("regulatory", period.label(), period.start(), period.end(), settings.zone().getId(), now,
        List.of(clocks.sheet(clockCases, now), clocks.breaches(clockCases, now)));
  }

  /** The headline indicators of each of the last {@code months} months up to {@code last}, for trend charts. */
  public List<Map<String, Object>> trend(YearMonth last, int months) {
    List<Map<String, Object>> trend = new ArrayList<>();
    Instant now = clock.instant();
    for (int i = months - 1; i >= 0; i--) {
      ReportPeriod month = ReportPeriod.month(last.minusMonths(i), settings.zone());
      // A month's figures settle once its last clocks and answers are in: kept after SETTLED_AFTER.
      boolean settled = month.end().plus(SETTLED_AFTER).isBefore(now);
      Map<String, Object> point = settled ? settledMonths.get(month.label()) : null;
      if (point == null) {
        point = new LinkedHashMap<>();
        point.put("period", month.label());
        for (Map<String, Object> indicator : serviceQuality(month).sheet("indicators").rows()) {
          point.put((String) indicator.get("indicator"), indicator.get("value"));
        }
        if (settled) {
          settledMonths.put(month.label(), point);
        }
      }
      trend.add(point);
    }
    return trend;
  }

  /** A group's claim counts in the period. */
  private static final class ClaimTally {
    long received;
    long green;
    long decided;
    long approved;
    long rejected;
    long paid;
    long clocks;
    long met;

    void add(ClaimTally one) {
      received += one.received;
      green += one.green;
      decided += one.decided;
      approved += one.approved;
      rejected += one.rejected;
      paid += one.paid;
      clocks += one.clocks;
      met += one.met;
    }
  }

  // ---------------------------------------------------------------- areas

  private List<ClaimRow> claims(ReportPeriod period) {
    return data.claims(period.start(), period.end(), settings.rejectionNoticePeriod(),
        settings.advancePaymentAfter(), settings.paymentPeriod());
  }

  private List<Map<String, Object>> headline(ReportPeriod period, List<ClaimRow> claims,
      List<ComplaintRow> complaints, List<ClockCase> clockCases, Instant now) {
    List<Map<String, Object>> rows = new ArrayList<>();
    List<CallBackRow> reached = data.callBacks(period.start(), period.end()).stream()
        .filter(c -> "REACHED".equals(c.outcome()) && c.overall() != null).toList();
    long satisfied = reached.stream().filter(c -> c.overall() >= 4).count();
    rows.add(indicator("customerSatisfaction", Figures.share(satisfied, reached.size()), satisfied, reached.size()));
    rows.add(indicator("satisfactionAverage", Figures.average(reached.stream().map(CallBackRow::overall).toList()),
        null, (long) reached.size()));

    List<ConsultationRow> consultations = data.consultations(period.start(), period.end());
    List<Double> responseMinutes = consultations.stream().filter(c -> c.firstRespondedAt() != null)
        .map(c -> Figures.minutes(c.receivedAt(), c.firstRespondedAt())).toList();
    long answeredOnTime = consultations.stream()
        .filter(c -> c.firstRespondedAt() != null && !c.firstRespondedAt().isAfter(c.firstResponseDue())).count();
    long responseDue = consultations.stream()
        .filter(c -> c.firstRespondedAt() != null || now.isAfter(c.firstResponseDue())).count();
    rows.add(indicator("responseOnTime", Figures.share(answeredOnTime, responseDue), answeredOnTime, responseDue));
    rows.add(indicator("responseMedian", Figures.median(responseMinutes), null, (long) responseMinutes.size()));
    rows.add(indicator("responseP90", Figures.percentile(responseMinutes, 0.9), null, (long) responseMinutes.size()));

    List<SpotCheckRow> checks = data.spotChecks(period.start(), period.end());
    long findings = checks.stream().filter(SpotCheckRow::finding).count();
    rows.add(indicator("serviceAccuracy", Figures.share(findings, checks.size()), findings, checks.size()));
    rows.add(indicator("attitudeAverage", Figures.average(reached.stream().map(CallBackRow::attitude)
        .filter(Objects::nonNull).toList()), null, (long) reached.size()));
    rows.add(indicator("clarityAverage", Figures.average(reached.stream().map(CallBackRow::clarity)
        .filter(Objects::nonNull).toList()), null, (long) reached.size()));

    List<ClockCase> decided = clockCases.stream().filter(c -> c.met() || c.breached(now)).toList();
    long met = decided.stream().filter(ClockCase::met).count();
    rows.add(indicator("processCompliance", Figures.share(met, decided.size()), met, decided.size()));

    List<ComplaintRow> received = complaints.stream().filter(c -> period.contains(c.receivedAt())).toList();
    long closedOnTime = received.stream().filter(ServiceQualityReports::decidedOnTime).count();
    rows.add(indicator("complaintHandlingRate", Figures.share(closedOnTime, received.size()), closedOnTime,
        received.size()));

    List<ComplaintRow> reviewed = complaints.stream().filter(c -> period.contains(c.reviewedAt())).toList();
    long revised = reviewed.stream().filter(c -> "REVISED".equals(c.reviewOutcome())).count();
    rows.add(indicator("errorRate", Figures.share(findings + revised, checks.size() + reviewed.size()),
        findings + revised, checks.size() + reviewed.size()));
    return rows;
  }

  private Map<String, Object> indicator(String id, BigDecimal value, Long numerator, long denominator) {
    Indicators.Definition definition = Indicators.HEADLINE.get(id);
    BigDecimal target = settings.target(id);
    Boolean met = value == null || target == null ? null
        : definition.lowerIsBetter() ? value.compareTo(target) <= 0 : value.compareTo(target) >= 0;
    return row("dimension", "overall", "group", "", "indicator", id, "name", definition.name(), "value", value,
        "unit", definition.unit(), "target", target, "targetMet", met, "numerator", numerator, "denominator",
        denominator);
  }

  private List<Map<String, Object>> claimFigures(ReportPeriod period, List<ClaimRow> claims,
      List<ClockCase> clockCases, Instant now) {
    List<Map<String, Object>> rows = new ArrayList<>();
    Map<String, Function<ClaimRow, String>> dimensions = new LinkedHashMap<>();
    dimensions.put("overall", c -> "");
    dimensions.put("branch", ClaimRow::branch);
    dimensions.put("productLine", ClaimRow::productLine);
    dimensions.put("channel", ClaimRow::channel);
    Map<String, ClockCase> determination = clockCases.stream().filter(c -> "determination30Days".equals(c.clock()))
        .collect(Collectors.toMap(ClockCase::caseNumber, Function.identity()));
    // One pass over the claims (a month may hold 100,000 and more): each claim's figures once, added to
    // its group in every dimension.
    Map<String, Map<String, ClaimTally>> tallies = new LinkedHashMap<>();
    dimensions.keySet().forEach(dimension -> tallies.put(dimension, new TreeMap<>()));
    for (ClaimRow c : claims) {
      ClaimTally one = new ClaimTally();
      boolean receivedIn = period.contains(c.createdAt());
      boolean decidedIn = period.contains(c.decidedAt());
      one.received = receivedIn ? 1 : 0;
      one.green = receivedIn && c.greenChannel() ? 1 : 0;
      one.decided = decidedIn ? 1 : 0;
      one.approved = decidedIn && "APPROVED".equals(c.decision()) ? 1 : 0;
      one.rejected = decidedIn && "REJECTED".equals(c.decision()) ? 1 : 0;
      one.paid = period.contains(c.firstPaidAt()) ? 1 : 0;
      ClockCase clock = determination.get(c.claimNumber());
      if (clock != null && (clock.met() || clock.breached(now))) {
        one.clocks = 1;
        one.met = clock.met() ? 1 : 0;
      }
      for (Map.Entry<String, Function<ClaimRow, String>> dimension : dimensions.entrySet()) {
        tallies.get(dimension.getKey()).computeIfAbsent(dimension.getValue().apply(c), g -> new ClaimTally()).add(one);
      }
    }
    for (Map.Entry<String, Map<String, ClaimTally>> dimension : tallies.entrySet()) {
      Map<String, ClaimTally> groups = dimension.getValue();
      if (dimension.getKey().equals("overall") && groups.isEmpty()) {
        groups = Map.of("", new ClaimTally());
      }
      for (Map.Entry<String, ClaimTally> group : groups.entrySet()) {
        ClaimTally t = group.getValue();
        String dim = dimension.getKey();
        String key = group.getKey();
        rows.add(count(dim, key, "received", "报案 Claims received", t.received));
        rows.add(count(dim, key, "decided", "核定 Claims decided", t.decided));
        rows.add(count(dim, key, "approved", "核定赔付 Approved", t.approved));
        rows.add(count(dim, key, "rejected", "拒赔 Rejected", t.rejected));
        rows.add(count(dim, key, "paid", "已赔付 Paid (first payment)", t.paid));
        rows.add(figure(dim, key, "greenChannelShare", "绿色通道占比 Green-channel share", Figures.share(t.green,
            t.received), "share", t.green, t.received));
        rows.add(figure(dim, key, "determinationOnTime", "30日内核定率 Determined within 30 days",
            Figures.share(t.met, t.clocks), "share", t.met, t.clocks));
      }
    }
    List<ClaimRow> decided = claims.stream().filter(c -> period.contains(c.decidedAt())).toList();
    cycle(rows, "reportToDocumentsComplete", "报案→单证齐全 Report → documents complete", decided,
        ClaimRow::createdAt, ClaimRow::documentsCompleteAt);
    cycle(rows, "documentsCompleteToDecision", "单证齐全→核定 Documents complete → decision", decided,
        ClaimRow::documentsCompleteAt, ClaimRow::decidedAt);
    List<ClaimRow> paidInPeriod = claims.stream().filter(c -> period.contains(c.firstPaidAt())).toList();
    cycle(rows, "decisionToPayment", "核定→赔付 Decision → payment", paidInPeriod, ClaimRow::decidedAt,
        ClaimRow::firstPaidAt);
    cycle(rows, "reportToPayment", "报案→赔付 Report → payment", paidInPeriod, ClaimRow::createdAt,
        ClaimRow::firstPaidAt);
    return rows;
  }

  private static void cycle(List<Map<String, Object>> rows, String id, String name, List<ClaimRow> claims,
      Function<ClaimRow, Instant> from, Function<ClaimRow, Instant> to) {
    List<Double> hours = claims.stream().filter(c -> from.apply(c) != null && to.apply(c) != null
        && !to.apply(c).isBefore(from.apply(c))).map(c -> Figures.hours(from.apply(c), to.apply(c))).toList();
    rows.add(figure("cycleTime", id, id + "Median", name + " 中位数 median", Figures.median(hours), "hours", null,
        (long) hours.size()));
    rows.add(figure("cycleTime", id, id + "P90", name + " P90", Figures.percentile(hours, 0.9), "hours", null,
        (long) hours.size()));
  }

  private List<Map<String, Object>> catastrophe(ReportPeriod period, List<ClaimRow> claims) {
    BigDecimal target = settings.target("catastrophePaidWithin7Days");
    Map<String, List<ClaimRow>> byEvent = claims.stream()
        .filter(c -> c.catastropheEventId() != null && period.contains(c.createdAt()))
        .collect(Collectors.groupingBy(ClaimRow::catastropheEventId, TreeMap::new, Collectors.toList()));
    return byEvent.entrySet().stream().map(event -> {
      long total = event.getValue().size();
      long fast = count(event.getValue(), c -> c.firstPaidAt() != null
          && !c.firstPaidAt().isAfter(c.createdAt().plus(CATASTROPHE_PAYMENT_WINDOW)));
      BigDecimal share = Figures.share(fast, total);
      return row("eventId", event.getKey(), "claims", total, "paidWithin7Days", fast, "share", share, "target",
          target, "targetMet", share.compareTo(target) >= 0);
    }).toList();
  }

  private List<Map<String, Object>> complaintFigures(ReportPeriod period, List<ComplaintRow> complaints,
      Instant now) {
    List<Map<String, Object>> rows = new ArrayList<>();
    List<ComplaintRow> received = complaints.stream().filter(c -> period.contains(c.receivedAt())).toList();
    rows.add(count("overall", "", "received", "收到投诉 Complaints received", received.size()));
    Map<String, Function<ComplaintRow, String>> dimensions = new LinkedHashMap<>();
    dimensions.put("category", ComplaintRow::category);
    dimensions.put("channel", ComplaintRow::channel);
    dimensions.put("urgency", ComplaintRow::urgency);
    for (Map.Entry<String, Function<ComplaintRow, String>> dimension : dimensions.entrySet()) {
      received.stream().collect(Collectors.groupingBy(c -> Objects.requireNonNullElse(dimension.getValue().apply(c),
          "未分类"), TreeMap::new, Collectors.counting())).forEach((group, n) -> rows.add(count(dimension.getKey(),
          group, "received", "收到投诉 Complaints received", n)));
    }
    List<ComplaintRow> due = complaints.stream().filter(c -> period.contains(c.decisionDueAt())
        && (c.resolvedAt() != null || now.isAfter(c.decisionDueAt()))).toList();
    long onTime = count(due, ServiceQualityReports::decidedOnTime);
    rows.add(figure("overall", "", "onTimeRate", "按时办结率 Decided on time (of those due)",
        Figures.share(onTime, due.size()), "share", onTime, (long) due.size()));
    rows.add(count("overall", "", "extended", "延期 Extended", count(received, c -> c.extensionCount() > 0)));
    rows.add(count("overall", "", "escalated", "升级 Escalated", count(received, ComplaintRow::escalated)));
    List<ComplaintRow> reviewed = complaints.stream().filter(c -> period.contains(c.reviewedAt())).toList();
    rows.add(count("overall", "", "reviewed", "核查 Reviewed", reviewed.size()));
    rows.add(count("reviewOutcome", "UPHELD", "reviewed", "核查维持 Review upheld",
        count(reviewed, c -> "UPHELD".equals(c.reviewOutcome()))));
    rows.add(count("reviewOutcome", "REVISED", "reviewed", "核查改正 Review revised",
        count(reviewed, c -> "REVISED".equals(c.reviewOutcome()))));
    rows.add(count("overall", "", "crisisIncidents", "危机事件 Crisis incidents opened",
        data.crisisIncidentsOpened(period.start(), period.end())));
    List<ComplaintRow> answered = complaints.stream().filter(c -> period.contains(c.feedbackAt())
        && c.satisfied() != null).toList();
    long dissatisfied = count(answered, c -> !c.satisfied());
    rows.add(figure("overall", "", "dissatisfiedAfterHandling", "处理后不满意 Dissatisfied after handling",
        Figures.share(dissatisfied, answered.size()), "share", dissatisfied, (long) answered.size()));
    return rows;
  }

  private static boolean decidedOnTime(ComplaintRow c) {
    return c.resolvedAt() != null && c.decisionDueAt() != null && !c.resolvedAt().isAfter(c.decisionDueAt());
  }

  // ---------------------------------------------------------------- statutory clocks

  // ---------------------------------------------------------------- rows

  private static <T> long count(List<T> rows, Predicate<T> test) {
    return rows.stream().filter(test).count();
  }

  private static Map<String, Object> count(String dimension, String group, String id, String name, long value) {
    return figure(dimension, group, id, name, BigDecimal.valueOf(value), "count", null, null);
  }

  private static Map<String, Object> figure(String dimension, String group, String id, String name, BigDecimal value,
      String unit, Long numerator, Long denominator) {
    return row("dimension", dimension, "group", group, "indicator", id, "name", name, "value", value, "unit", unit,
        "target", null, "targetMet", null, "numerator", numerator, "denominator", denominator);
  }

  static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }
}
