package cn.insure.claims.system.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Repository;

import cn.insure.claims.system.security.CallerGroups;

/**
 * The record of who read which case's personal data, and how (seed 003 §8: customers' information
 * is kept secret; an insurer must be able to say who looked at a customer's case). A person opening
 * the same case the same way again within a minute (a form that asks twice, a page refresh) is one
 * read.
 */
@Repository
public class PersonalDataReads {

  /** How the case was read. */
  public enum Access {
    /** The staff view of a claim, complaint or consultation through the API. */
    API_VIEW,
    /** A claim document downloaded by staff. */
    DOCUMENT,
    /** The case as one row of a staff list. */
    LIST,
    /** The case's process variables through the engine: Tasklist forms, Cockpit, engine REST. */
    PROCESS_VARIABLES
  }

  public record Read(Instant readAt, String userId, String caseNumber, String processKey, String access) {
  }

  private static final Duration SAME_READ = Duration.ofMinutes(1);
  private static final int REMEMBERED = 10_000;

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;
  private final Map<String, Instant> recent = new ConcurrentHashMap<>();

  PersonalDataReads(NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Staff reading customers' cases leave a trace (who, when, which case); a channel system reading the
   * cases it submitted does not: it is the customer's own channel.
   */
  public void recordStaffRead(Authentication caller, Collection<String> caseNumbers, String processKey,
      Access access) {
    if (!CallerGroups.isChannelOnly(caller)) {
      record(caller.getName(), caseNumbers, processKey, access);
    }
  }

  public void record(String userId, String caseNumber, String processKey, Access access) {
    record(userId, List.of(caseNumber), processKey, access);
  }

  /** Records one read per case (user ids and case numbers only: the record itself holds no personal data). */
  public void record(String userId, Collection<String> caseNumbers, String processKey, Access access) {
    if (userId == null || caseNumbers.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    if (recent.size() > REMEMBERED) {
      recent.clear();
    }
    List<MapSqlParameterSource> rows = new ArrayList<>();
    for (String caseNumber : caseNumbers) {
      if (caseNumber == null || caseNumber.length() > 64) {
        continue;
      }
      String key = userId + '\u0000' + caseNumber + '\u0000' + access;
      Instant last = recent.get(key);
      if (last != null && last.plus(SAME_READ).isAfter(now)) {
        continue;
      }
      recent.put(key, now);
      rows.add(new MapSqlParameterSource().addValue("at", Timestamp.from(now)).addValue("user", userId)
          .addValue("case", caseNumber).addValue("process", processKey).addValue("access", access.name()));
    }
    if (!rows.isEmpty()) {
      jdbc.batchUpdate("INSERT INTO personal_data_read (read_at, user_id, case_number, process_key, access) "
          + "VALUES (:at, :user, :case, :process, :access)", rows.toArray(MapSqlParameterSource[]::new));
    }
  }

  /** Reads matching the filters (each optional), newest first. */
  public List<Read> find(String caseNumber, String userId, Instant from, Instant to, int offset, int limit) {
    MapSqlParameterSource p = filters(caseNumber, userId, from, to).addValue("offset", offset).addValue("limit", limit);
    return jdbc.query("SELECT read_at, user_id, case_number, process_key, access FROM personal_data_read"
        + where(caseNumber, userId, from, to) + " ORDER BY read_at DESC, seq DESC LIMIT :limit OFFSET :offset", p,
        (rs, i) -> new Read(rs.getTimestamp("read_at").toInstant(), rs.getString("user_id"),
            rs.getString("case_number"), rs.getString("process_key"), rs.getString("access")));
  }

  public long count(String caseNumber, String userId, Instant from, Instant to) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM personal_data_read" + where(caseNumber, userId, from, to),
        filters(caseNumber, userId, from, to), Long.class);
  }

  private static MapSqlParameterSource filters(String caseNumber, String userId, Instant from, Instant to) {
    return new MapSqlParameterSource().addValue("case", caseNumber).addValue("user", userId)
        .addValue("from", from == null ? null : Timestamp.from(from))
        .addValue("to", to == null ? null : Timestamp.from(to));
  }

  private static String where(String caseNumber, String userId, Instant from, Instant to) {
    List<String> conditions = new ArrayList<>();
    if (caseNumber != null) {
      conditions.add("case_number = :case");
    }
    if (userId != null) {
      conditions.add("user_id = :user");
    }
    if (from != null) {
      conditions.add("read_at >= :from");
    }
    if (to != null) {
      conditions.add("read_at < :to");
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }
}
