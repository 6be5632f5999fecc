package cn.insure.claims.reporting;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.insure.claims.system.errors.ApiException;
import cn.insure.claims.system.webapps.CockpitSession;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The data of Cockpit's "服务质量 Service quality" dashboard. Cockpit users carry a webapp session,
 * not HTTP Basic credentials, so this endpoint accepts exactly that: the Camunda webapp login of the
 * default engine, authorized for Cockpit, in one of the report readers' groups. Read-only GET; the
 * session cookie is same-site, so another site cannot read the answer.
 */
@RestController
class CockpitDashboardController {

  private final ServiceQualityReports reports;
  private final java.time.Clock clock;

  CockpitDashboardController(ServiceQualityReports reports, java.time.Clock clock) {
    this.reports = reports;
    this.clock = clock;
  }

  @GetMapping("/cockpit-reports/service-quality")
  Map<String, Object> dashboard(@RequestParam(required = false) String period, HttpServletRequest request) {
    CockpitSession.requireReader(request, ReportController.READERS, "The service-quality dashboard");
    ReportPeriod month = period == null || period.isBlank()
        ? ReportPeriod.month(YearMonth.from(clock.instant().atZone(reports.zone())), reports.zone())
        : reports.period(period);
    if (month.isQuarter()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "bad-report-period", "报表期间无效 Invalid report period",
          "The dashboard shows a month (period=YYYY-MM); quarters are in /api/reports/service-quality.");
    }
    Report report = reports.serviceQuality(month);
    Map<String, Object> dashboard = new LinkedHashMap<>();
    dashboard.put("period", report.period());
    dashboard.put("zone", report.zone());
    dashboard.put("indicators", report.sheet("indicators").rows());
    // The month's claim volumes (received, decided, approved, rejected, paid), overall.
    dashboard.put("claims", report.sheet("claims").rows().stream()
        .filter(row -> "overall".equals(row.get("dimension")) && "count".equals(row.get("unit"))).toList());
    dashboard.put("clocks", report.sheet("clocks").rows());
    dashboard.put("breaches", report.sheet("breaches").rows().stream()
        .filter(breach -> Boolean.TRUE.equals(breach.get("open"))).toList());
    dashboard.put("allBreaches", report.sheet("breaches").rows().size());
    // Still open from earlier months: they stay on the dashboard until the case is done.
    dashboard.put("earlierOpenBreaches", reports.openBreachesBefore(month));
    dashboard.put("trend", reports.trend(YearMonth.parse(month.label()), 12));
    return dashboard;
  }
}
