package cn.insure.claims.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The same report as CSV (one table, a {@code sheet} column first) and as an XLSX workbook (one sheet per area). */
final class ReportFormats {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private ReportFormats() {
  }

  /**
   * RFC 4180 CSV, UTF-8 with a byte-order mark so that Excel and WPS read the Chinese names; the
   * columns are the union of the sheets' columns, each row under its own.
   */
  static byte[] csv(Report report) {
    Set<String> columns = new LinkedHashSet<>();
    columns.add("sheet");
    report.sheets().forEach(sheet -> columns.addAll(sheet.columns()));
    StringBuilder out = new StringBuilder("\uFEFF");
    out.append(String.join(",", columns)).append("\r\n");
    for (Report.Sheet sheet : report.sheets()) {
      for (Map<String, Object> row : sheet.rows()) {
        boolean first = true;
        for (String column : columns) {
          if (!first) {
            out.append(',');
          }
          first = false;
          out.append(escape(column.equals("sheet") ? sheet.key() : text(row.get(column))));
        }
        out.append("\r\n");
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A workbook with a cover sheet (report, period, zone) and one sheet per area; numbers stay numbers. */
  static byte[] xlsx(Report report) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ZoneId zone = ZoneId.of(report.zone());
    try {
      Workbook workbook = new Workbook(bytes, "claims-complaints", "1.0");
      Worksheet cover = workbook.newWorksheet("report");
      String[][] about = {{"report", report.report()}, {"period", report.period()},
          {"from", LOCAL.format(report.from().atZone(zone))}, {"to", LOCAL.format(report.to().atZone(zone))},
          {"zone", report.zone()}, {"compiledAt", LOCAL.format(report.compiledAt().atZone(zone))}};
      for (int r = 0; r < about.length; r++) {
        cover.value(r, 0, about[r][0]);
        cover.value(r, 1, about[r][1]);
      }
      for (Report.Sheet sheet : report.sheets()) {
        Worksheet ws = workbook.newWorksheet(sheet.key());
        List<String> columns = sheet.columns();
        for (int c = 0; c < columns.size(); c++) {
          ws.value(0, c, columns.get(c));
          ws.style(0, c).bold().set();
        }
        int r = 1;
        for (Map<String, Object> row : sheet.rows()) {
          for (int c = 0; c < columns.size(); c++) {
            Object value = row.get(columns.get(c));
            if (value instanceof Number number) {
              ws.value(r, c, number);
            } else if (value instanceof Boolean bool) {
              ws.value(r, c, bool);
            } else if (value instanceof Instant instant) {
              ws.value(r, c, LOCAL.format(instant.atZone(zone)));
            } else if (value != null) {
              ws.value(r, c, value.toString());
            }
          }
          r++;
        }
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
  }

  private static String escape(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
