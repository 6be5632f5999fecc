package cn.insure.claims.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A report as every format shows it: named sheets (one per area), each a table whose rows map the
 * sheet's columns to values. JSON returns it as is; CSV and XLSX lay the same sheets out.
 */
public record Report(String report, String period, Instant from, Instant to, String zone, Instant compiledAt,
    List<Sheet> sheets) {

  /** One area of a report: its columns in order and its rows. */
  public record Sheet(String key, String title, List<String> columns, List<Map<String, Object>> rows) {
  }

  public Sheet sheet(String key) {
    return sheets.stream().filter(sheet -> sheet.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no sheet " + key));
  }
}
