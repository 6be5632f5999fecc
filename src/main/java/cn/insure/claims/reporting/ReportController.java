package cn.insure.claims.reporting;

import java.util.List;
import java.util.function.Function;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.insure.claims.system.errors.ApiException;
import cn.insure.claims.system.identity.Roles;
import cn.insure.claims.system.security.CallerGroups;

/**
 * {@code /api/reports}: the service-quality report and the regulatory report for managers,
 * quality inspectors and administrators; the staff appraisal for managers only. JSON by default,
 * {@code Accept: text/csv} for CSV, {@code Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet}
 * for an Excel workbook.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

  static final List<String> READERS = List.of(Roles.CLAIMS_MANAGERS, Roles.QUALITY_INSPECTORS, Roles.CAMUNDA_ADMIN);
  static final List<String> MANAGERS = List.of(Roles.CLAIMS_MANAGERS);

  private final ServiceQualityReports reports;
  private final StaffAppraisalReport staffAppraisal;

  ReportController(ServiceQualityReports reports, StaffAppraisalReport staffAppraisal) {
    this.reports = reports;
    this.staffAppraisal = staffAppraisal;
  }

  @GetMapping("/service-quality")
  ResponseEntity<?> serviceQuality(@RequestParam(required = false) String period,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Authentication caller) {
    CallerGroups.requireAny(caller, READERS, "Reading the service-quality report");
    return respond(reports.period(period), accept, reports::serviceQuality);
  }

  @GetMapping("/regulatory")
  ResponseEntity<?> regulatory(@RequestParam(required = false) String period,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Authentication caller) {
    CallerGroups.requireAny(caller, READERS, "Reading the regulatory report");
    return respond(reports.period(period), accept, reports::regulatory);
  }

  @GetMapping("/staff-appraisal")
  ResponseEntity<?> staffAppraisal(@RequestParam(required = false) String period,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Authentication caller) {
    CallerGroups.requireAny(caller, MANAGERS, "Reading the staff appraisal (every colleague's figures)");
    return respond(reports.period(period), accept, staffAppraisal::compile);
  }

  private static ResponseEntity<?> respond(ReportPeriod period, String accept, Function<ReportPeriod, Report> compile) {
    Format format = Format.of(accept);
    Report report = compile.apply(period);
    String file = report.report() + "-" + report.period();
    return switch (format) {
      case JSON -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
      case CSV -> ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
          .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + ".csv\"")
          .body(ReportFormats.csv(report));
      case XLSX -> ResponseEntity.ok().contentType(MediaType.parseMediaType(ReportFormats.XLSX))
          .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + ".xlsx\"")
          .body(ReportFormats.xlsx(report));
    };
  }

  enum Format {
    JSON, CSV, XLSX;

    /** The first of the Accept header's types this API writes; 406 when none. */
    static Format of(String accept) {
      if (accept == null || accept.isBlank()) {
        return JSON;
      }
      List<MediaType> types;
      try {
        types = MediaType.parseMediaTypes(accept);
      } catch (IllegalArgumentException e) {
        throw notAcceptable(accept);
      }
      MediaType.sortBySpecificityAndQuality(types);
      for (MediaType type : types) {
        if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
          return JSON;
        }
        if (type.isCompatibleWith(MediaType.parseMediaType("text/csv"))) {
          return CSV;
        }
        if (type.isCompatibleWith(MediaType.parseMediaType(ReportFormats.XLSX))) {
          return XLSX;
        }
      }
      throw notAcceptable(accept);
    }

    private static ApiException notAcceptable(String accept) {
      return new ApiException(HttpStatus.NOT_ACCEPTABLE, "report-format-not-acceptable",
          "报表格式不支持 Format not available", "Reports are written as application/json, text/csv or "
              + ReportFormats.XLSX + "; the request accepts only " + accept + ".");
    }
  }
}
