package cn.insure.claims.reporting;

import static cn.insure.claims.reporting.ServiceQualityReports.row;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.insure.claims.reporting.Report.Sheet;
import cn.insure.claims.reporting.ReportData.CallBackRow;
import cn.insure.claims.reporting.ReportData.SpotCheckRow;
import cn.insure.claims.reporting.ReportData.TaskRow;

/**
 * The staff appraisal (员工考核) for a month or quarter: per person, efficiency (tasks completed, on
 * time), quality (spot-check findings on the claims they decided first) and satisfaction (call-backs of
 * those claims). Managers only: it names every colleague.
 */
@Service
@Transactional(readOnly = true)
public class StaffAppraisalReport {

  private final ReportData data;
  private final ReportSettings settings;
  private final Clock clock;

  StaffAppraisalReport(ReportData data, ReportSettings settings, Clock clock) {
    this.data = data;
    this.settings = settings;
    this.clock = clock;
  }

  /** Per person: efficiency (tasks, on time), quality (spot-check findings), satisfaction (call-backs). */
  public Report compile(ReportPeriod period) {
    Instant now = clock.instant();
    List<TaskRow> tasks = data.completedTasks(period.start(), period.end());
    List<SpotCheckRow> checks = data.spotChecks(period.start(), period.end());
    List<CallBackRow> callBacks = data.callBacks(period.start(), period.end()).stream()
        .filter(c -> "CLAIM".equals(c.caseType()) && c.overall() != null).toList();
    List<String> claimNumbers = new ArrayList<>(checks.stream().map(SpotCheckRow::claimNumber).toList());
    callBacks.forEach(c -> claimNumbers.add(c.caseNumber()));
    Map<String, String> deciders = data.firstDeciders(claimNumbers.stream().distinct().toList());
    Map<String, Person> people = new TreeMap<>();
    for (TaskRow task : tasks) {
      Person person = people.computeIfAbsent(task.assignee(), Person::new);
      person.tasks++;
      if (task.dueDate() != null) {
        person.withDueDate++;
        if (!task.endTime().isAfter(task.dueDate())) {
          person.onTime++;
        }
      }
    }
    for (SpotCheckRow check : checks) {
      String decider = deciders.get(check.claimNumber());
      if (decider != null) {
        Person person = people.computeIfAbsent(decider, Person::new);
        person.spotChecks++;
        person.findings += check.finding() ? 1 : 0;
      }
    }
    for (CallBackRow callBack : callBacks) {
      String decider = deciders.get(callBack.caseNumber());
      if (decider != null) {
        people.computeIfAbsent(decider, Person::new).satisfaction.add(callBack.overall());
      }
    }
    List<Map<String, Object>> rows = people.values().stream().map(p -> row("person", p.userId, "tasksCompleted",
        p.tasks, "tasksWithDueDate", p.withDueDate, "tasksOnTime", p.onTime, "onTimeShare",
        Figures.share(p.onTime, p.withDueDate), "spotChecks", p.spotChecks, "spotCheckFindings", p.findings,
        "callBacks", p.satisfaction.size(), "satisfactionAverage", Figures.average(p.satisfaction))).toList();
    return new Report("staff-appraisal", period.label(), period.start(), period.end(), settings.zone().getId(), now,
        List.of(new Sheet("staff", "员工考核 Staff appraisal", List.of("person", "tasksCompleted", "tasksWithDueDate",
            "tasksOnTime", "onTimeShare", "spotChecks", "spotCheckFindings", "callBacks", "satisfactionAverage"),
            rows)));
  }

  private static final class Person {
    final String userId;
    long tasks;
    long withDueDate;
    long onTime;
    long spotChecks;
    long findings;
    final List<Integer> satisfaction = new ArrayList<>();

    Person(String userId) {
      this.userId = userId;
    }
  }
}
