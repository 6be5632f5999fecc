package cn.insure.claims.reporting;

import static cn.insure.claims.reporting.ServiceQualityReports.row;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.insure.claims.reporting.Report.Sheet;
import cn.insure.claims.reporting.ReportData.ClaimRow;
import cn.insure.claims.reporting.ReportData.ComplaintRow;

/**
 * The statutory clocks (法定时限) as the reports count them: which cases a clock falls due for in a
 * period — claim determination 30 days, payment 10 days, rejection notice 3 days, advance payment at
 * day 60, complaint 15/30 days — whether each was met or breached, and the breach list with who held
 * the case. The regulatory report is these two sheets; the service-quality report adds them to its own.
 */
@Component
class StatutoryClocks {

  /** A statutory clock's verdict on one case. */
  record ClockCase(String clock, String caseNumber, String processKey, Instant dueAt, Instant doneAt, String group) {

    boolean met() {
      return doneAt != null && !doneAt.isAfter(dueAt);
    }

    boolean breached(Instant now) {
      return doneAt != null ? doneAt.isAfter(dueAt) : now.isAfter(dueAt);
    }
  }

  static final List<String> BREACH_COLUMNS = List.of("clock", "clockName", "caseNumber", "processInstanceId",
      "heldBy", "dueAt", "doneAt", "daysLate", "open");

  private final ReportData data;
  private final ReportSettings settings;

  StatutoryClocks(ReportData data, ReportSettings settings) {
    this.data = data;
    this.settings = settings;
  }

  /** The statutory clocks that fall due in the period, for these claims and complaints, each with its verdict. */
  List<ClockCase> cases(ReportPeriod period, List<ClaimRow> claims, List<ComplaintRow> complaints) {
    List<ClockCase> cases = new ArrayList<>();
    for (ClaimRow c : claims) {
      String group = c.branch();
      if (period.contains(c.determinationDueAt())) {
        cases.add(new ClockCase("determination30Days", c.claimNumber(), "claimHandling", c.determinationDueAt(),
            c.decidedAt(), group));
      }
      if (period.contains(c.paymentDueAt()) && "APPROVED".equals(c.decision())) {
        Instant paid = c.finalPaidAt() != null ? c.finalPaidAt()
            : c.advancePaidAt() != null && c.decidedAt() != null ? c.decidedAt() : null;
        cases.add(new ClockCase("payment10Days", c.claimNumber(), "claimHandling", c.paymentDueAt(), paid, group));
      }
      if ("REJECTED".equals(c.decision()) && c.decidedAt() != null
          && period.contains(c.decidedAt().plus(settings.rejectionNoticePeriod()))) {
        cases.add(new ClockCase("rejectionNotice3Days", c.claimNumber(), "claimHandling",
            c.decidedAt().plus(settings.rejectionNoticePeriod()), c.rejectionNoticeAt(), group));
      }
      if (c.documentsCompleteAt() != null) {
        Instant day60 = c.documentsCompleteAt().plus(settings.advancePaymentAfter());
        Instant due = day60.plus(settings.paymentPeriod());
        boolean undecidedAtDay60 = c.decidedAt() == null || c.decidedAt().isAfter(day60);
        if (undecidedAtDay60 && period.contains(due)) {
          cases.add(new ClockCase("advancePayment60Days", c.claimNumber(), "claimHandling", due, c.firstPaidAt(),
              group));
        }
      }
    }
    for (ComplaintRow c : complaints) {
      if (period.contains(c.decisionDueAt())) {
        cases.add(new ClockCase(c.extensionCount() > 0 ? "complaint30Days" : "complaint15Days", c.complaintNumber(),
            "complaintHandling", c.decisionDueAt(), c.resolvedAt(), c.handlingGroup()));
      }
    }
    return cases;
  }

  /** Per clock: cases due, met, breached, pending. */
  Sheet sheet(List<ClockCase> cases, Instant now) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String clockId : Indicators.CLOCK_ORDER) {
      List<ClockCase> of = cases.stream().filter(c -> c.clock().equals(clockId)).toList();
      long met = of.stream().filter(ClockCase::met).count();
      long breached = of.stream().filter(c -> c.breached(now)).count();
      rows.add(row("clock", clockId, "name", Indicators.CLOCKS.get(clockId), "due", of.size(), "met", met,
          "breached", breached, "pending", of.size() - met - breached, "metShare", Figures.share(met, met + breached)));
    }
    return new Sheet("clocks", "法定时限 Statutory clocks", List.of("clock", "name", "due", "met", "breached",
        "pending", "metShare"), rows);
  }

  /** Every breached case with its process instance and who held it when it fell due. */
  Sheet breaches(List<ClockCase> cases, Instant now) {
    List<ClockCase> breached = cases.stream().filter(c -> c.breached(now))
        .sorted(Comparator.comparing(ClockCase::dueAt).thenComparing(ClockCase::caseNumber)).toList();
    Map<String, String> instances = new HashMap<>();
    for (String processKey : List.of("claimHandling", "complaintHandling")) {
      List<String> keys = breached.stream().filter(c -> c.processKey().equals(processKey))
          .map(ClockCase::caseNumber).distinct().toList();
      instances.putAll(data.processInstances(processKey, keys));
    }
    Map<String, String> responsible = data.complaintBreachResponsibles(breached.stream()
        .filter(c -> c.processKey().equals("complaintHandling")).map(ClockCase::caseNumber).distinct().toList());
    Map<String, List<ReportData.HeldTask>> tasks = data.heldTasks(List.copyOf(new HashSet<>(
        instances.values()))).stream().collect(Collectors.groupingBy(ReportData.HeldTask::processInstanceId));
    List<Map<String, Object>> rows = breached.stream().map(c -> {
      String instance = instances.get(c.caseNumber());
      String holder = responsible.get(c.caseNumber());
      if (holder == null && instance != null) {
        holder = tasks.getOrDefault(instance, List.of()).stream().filter(t -> !t.startTime().isAfter(c.dueAt()))
            .reduce((first, second) -> second).map(ReportData.HeldTask::assignee).orElse(null);
      }
      return row("clock", c.clock(), "clockName", Indicators.CLOCKS.get(c.clock()), "caseNumber", c.caseNumber(),
          "processInstanceId", instance, "heldBy", holder, "dueAt", c.dueAt(), "doneAt", c.doneAt(), "daysLate",
          Figures.daysLate(c.dueAt(), c.doneAt() == null ? now : c.doneAt()), "open", c.doneAt() == null);
    }).toList();
    return new Sheet("breaches", "超时清单 Breaches", BREACH_COLUMNS, rows);
  }
}
