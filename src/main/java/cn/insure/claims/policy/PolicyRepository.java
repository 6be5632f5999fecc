package cn.insure.claims.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the tables {@code policy} and {@code policy_covered_peril} (SQL that runs on H2 and PostgreSQL). */
@Repository
class PolicyRepository {

  private static final String COLUMNS = "policy_number, product_line, product_name, holder_name, holder_id_number, "
      + "holder_phone, insured_name, insured_id_number, sum_insured, currency, valid_from, valid_to, status, "
      + "region_code";

  private final NamedParameterJdbcTemplate jdbc;

  PolicyRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Policy> find(String policyNumber) {
    return load(List.of(policyNumber)).stream().findFirst();
  }

  /** A page of the register in policy number order, optionally narrowed to a product line and a status. */
  PolicyPage list(ProductLine productLine, PolicyStatus status, int page, int size) {
    List<String> conditions = new ArrayList<>();
    MapSqlParameterSource params = new MapSqlParameterSource();
    if (productLine != null) {
      conditions.add("product_line = :productLine");
      params.addValue("productLine", productLine.name());
    }
    if (status != null) {
      conditions.add("status = :status");
      params.addValue("status", status.name());
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    Long total = jdbc.queryForObject("SELECT COUNT(*) FROM policy" + where, params, Long.class);
    params.addValue("offset", (long) page * size).addValue("size", size);
    List<String> numbers = jdbc.queryForList("SELECT policy_number FROM policy" + where
        + " ORDER BY policy_number OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY", params, String.class);
    return new PolicyPage(load(numbers), page, size, total == null ? 0 : total);
  }

  /** The policies with these numbers, in policy number order. */
  private List<Policy> load(List<String> numbers) {
    if (numbers.isEmpty()) {
      return List.of();
    }
    Map<String, Object> params = Map.of("numbers", numbers);
    Map<String, Set<String>> perils = new HashMap<>();
    jdbc.query("SELECT policy_number, peril FROM policy_covered_peril WHERE policy_number IN (:numbers)", params,
        row -> {
          perils.computeIfAbsent(row.getString("policy_number"), number -> new HashSet<>()).add(row.getString("peril"));
        });
    return jdbc.query("SELECT " + COLUMNS + " FROM policy WHERE policy_number IN (:numbers) ORDER BY policy_number",
        params, (row, rowNumber) -> policy(row, perils.getOrDefault(row.getString("policy_number"), Set.of())));
  }

  private static Policy policy(ResultSet row, Set<String> perils) throws SQLException {
    return new Policy(
        row.getString("policy_number"),
        ProductLine.valueOf(row.getString("product_line")),
        row.getString("product_name"),
        new Policy.Person(row.getString("holder_name"), row.getString("holder_id_number"),
            row.getString("holder_phone")),
        new Policy.Person(row.getString("insured_name"), row.getString("insured_id_number"), null),
        row.getBigDecimal("sum_insured"),
        row.getString("currency"),
        row.getObject("valid_from", LocalDate.class),
        row.getObject("valid_to", LocalDate.class),
        PolicyStatus.valueOf(row.getString("status")),
        row.getString("region_code"),
        perils);
  }
}
