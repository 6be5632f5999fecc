package cn.insure.claims.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;

import cn.insure.claims.system.errors.ApiException;

/**
 * A reporting period: a calendar month ({@code 2026-11}) or quarter ({@code 2026-Q4}) whose
 * boundaries are midnights in the reporting time zone, as half-open instants [start, end).
 */
public record ReportPeriod(String label, LocalDate firstDay, LocalDate endDay, Instant start, Instant end) {

  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

  /** @throws ApiException 400 naming the accepted forms when {@code text} is neither a month nor a quarter */
  public static ReportPeriod parse(String text, ZoneId zone) {
    if (text == null || text.isBlank()) {
      throw badPeriod("period is required");
    }
    Matcher month = MONTH.matcher(text.trim());
    if (month.matches()) {
      int m = Integer.parseInt(month.group(2));
      if (m < 1 || m > 12) {
        throw badPeriod("month " + m + " does not exist");
      }
      return month(YearMonth.of(Integer.parseInt(month.group(1)), m), zone);
    }
    Matcher quarter = QUARTER.matcher(text.trim());
    if (quarter.matches()) {
      int q = Integer.parseInt(quarter.group(2));
      LocalDate first = LocalDate.of(Integer.parseInt(quarter.group(1)), (q - 1) * 3 + 1, 1);
      return of(quarter.group(0), first, first.plusMonths(3), zone);
    }
    throw badPeriod("'" + text + "' is neither a month (2026-11) nor a quarter (2026-Q4)");
  }

  public static ReportPeriod month(YearMonth month, ZoneId zone) {
    return of(month.toString(), month.atDay(1), month.plusMonths(1).atDay(1), zone);
  }

  /** The quarter an instant falls in, e.g. 2026-Q4. */
  public static ReportPeriod quarterOf(Instant instant, ZoneId zone) {
    LocalDate day = instant.atZone(zone).toLocalDate();
    return parse(day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1), zone);
  }

  private static ReportPeriod of(String label, LocalDate first, LocalDate end, ZoneId zone) {
    return new ReportPeriod(label, first, end, first.atStartOfDay(zone).toInstant(), end.atStartOfDay(zone).toInstant());
  }

  public boolean isQuarter() {
    return label.contains("Q");
  }

  public boolean contains(Instant instant) {
    return instant != null && !instant.isBefore(start) && instant.isBefore(end);
  }

  /** The months of this period, first to last. */
  public List<ReportPeriod> months(ZoneId zone) {
    List<ReportPeriod> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(firstDay); m.atDay(1).isBefore(endDay); m = m.plusMonths(1)) {
      months.add(month(m, zone));
    }
    return months;
  }

  /** The quarter after this quarter (for verifying improvements). */
  public ReportPeriod nextQuarter(ZoneId zone) {
    return quarterOf(end, zone);
  }

  private static ApiException badPeriod(String detail) {
    return new ApiException(HttpStatus.BAD_REQUEST, "bad-report-period", "报表期间无效 Invalid report period",
        detail + ". Use period=YYYY-MM for a month or period=YYYY-Qn for a quarter, e.g. 2026-11 or 2026-Q4.");
  }
}
