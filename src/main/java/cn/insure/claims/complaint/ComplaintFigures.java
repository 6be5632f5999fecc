package cn.insure.claims.complaint;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import cn.insure.claims.numbering.CaseNumbers;

/**
 * The complaints received in a month (insurer's time zone), counted by category, cause, product and
 * channel: what the monthly complaint cause analysis starts from.
 */
@Component
public class ComplaintFigures {

  /** Counts per dimension, largest first; a missing value is counted as "(none)". */
  public record Month(YearMonth month, long total, Map<String, Map<String, Long>> byDimension) {
  }

  private static final Map<String, String> DIMENSIONS = new LinkedHashMap<>();

  static {
    DIMENSIONS.put("类别 Category", "c.category");
    DIMENSIONS.put("原因 Cause", "cc.description");
    DIMENSIONS.put("产品 Product", "c.product_name");
    DIMENSIONS.put("渠道 Channel", "c.channel");
  }

  private final NamedParameterJdbcTemplate jdbc;

  ComplaintFigures(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Month of(YearMonth month) {
    MapSqlParameterSource range = new MapSqlParameterSource()
        .addValue("from", Timestamp.from(month.atDay(1).atStartOfDay(CaseNumbers.BUSINESS_ZONE).toInstant()))
        .addValue("to", Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(CaseNumbers.BUSINESS_ZONE)
            .toInstant()));
    Map<String, Map<String, Long>> byDimension = new LinkedHashMap<>();
    long total = 0;
    for (Map.Entry<String, String> dimension : DIMENSIONS.entrySet()) {
      Map<String, Long> counts = new LinkedHashMap<>();
      List<Map<String, Object>> rows = jdbc.queryForList("SELECT COALESCE(" + dimension.getValue() + ", '(none)') AS v, "
          + "COUNT(*) AS n FROM complaint c LEFT JOIN complaint_cause cc ON cc.cause_key = c.cause_key "
          + "WHERE c.received_at >= :from AND c.received_at < :to GROUP BY COALESCE(" + dimension.getValue()
          + ", '(none)') ORDER BY COUNT(*) DESC, COALESCE(" + dimension.getValue() + ", '(none)')", range);
      rows.forEach(row -> counts.put(String.valueOf(row.get("v")), ((Number) row.get("n")).longValue()));
      total = counts.values().stream().mapToLong(Long::longValue).sum();
      byDimension.put(dimension.getKey(), counts);
    }
    return new Month(month, total, byDimension);
  }
}
