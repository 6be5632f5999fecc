package cn.insure.claims.catastrophe;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The event registry: declared events with their regions and perils, and the claims an event
 * touches — running claims it may switch, open claims in its regions whose customers are told.
 */
@Repository
class CatastropheEvents {

  private static final String CLAIM_IN_EVENT_REGIONS = "EXISTS (SELECT 1 FROM catastrophe_event_region r "
      + "WHERE r.event_id = :eventId AND c.region_code LIKE CONCAT(r.match_prefix, '%'))";

  private final NamedParameterJdbcTemplate jdbc;

  CatastropheEvents(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(CatastropheEvent event) {
    jdbc.update("""
        INSERT INTO catastrophe_event (event_id, name, grade, loss_from, loss_to, fast_track_limit,
          auto_settlement_limit, advance_payment_share, status, declared_by, declared_at)
        VALUES (:id, :name, :grade, :from, :to, :fastTrack, :auto, :share, :status, :by, :at)
        """, new MapSqlParameterSource().addValue("id", event.eventId()).addValue("name", event.name())
            .addValue("grade", event.grade().name()).addValue("from", event.lossFrom()).addValue("to", event.lossTo())
            .addValue("fastTrack", event.fastTrackLimit()).addValue("auto", event.autoSettlementLimit())
            .addValue("share", event.advancePaymentShare()).addValue("status", event.status().name())
            .addValue("by", event.declaredBy()).addValue("at", Timestamp.from(event.declaredAt())));
    for (String region : event.regionCodes()) {
      jdbc.update("INSERT INTO catastrophe_event_region (event_id, region_code, match_prefix) VALUES (:id, :code, "
          + ":prefix)", Map.of("id", event.eventId(), "code", region, "prefix", Regions.matchPrefix(region)));
    }
    for (String peril : event.perils()) {
      jdbc.update("INSERT INTO catastrophe_event_peril (event_id, peril) VALUES (:id, :peril)",
          Map.of("id", event.eventId(), "peril", peril));
    }
  }

  Optional<CatastropheEvent> find(String eventId) {
    return jdbc.query("SELECT * FROM catastrophe_event WHERE event_id = :id", Map.of("id", eventId), this::event)
        .stream().findFirst();
  }

  /** Locks the event row, so that closing it and switching claims to it queue. */
  Optional<CatastropheEvent> findForUpdate(String eventId) {
    return jdbc.query("SELECT * FROM catastrophe_event WHERE event_id = :id FOR UPDATE", Map.of("id", eventId),
        this::event).stream().findFirst();
  }

  /** Events by status (all when {@code null}), latest declared first. */
  List<CatastropheEvent> list(CatastropheEvent.Status status) {
    return jdbc.query("SELECT * FROM catastrophe_event WHERE (:status IS NULL OR status = :status) "
        + "ORDER BY declared_at DESC, event_id DESC", new MapSqlParameterSource().addValue("status",
            status == null ? null : status.name(), java.sql.Types.VARCHAR), this::event);
  }

  /** The open events, first declared first: a claim goes to the first whose green channel it qualifies for. */
  List<CatastropheEvent> open() {
    return jdbc.query("SELECT * FROM catastrophe_event WHERE status = 'OPEN' ORDER BY declared_at, event_id",
        Map.of(), this::event);
  }

  void close(String eventId, String closedBy, Instant closedAt, String reason) {
    jdbc.update("UPDATE catastrophe_event SET status = 'CLOSED', closed_by = :by, closed_at = :at, close_reason = "
        + ":reason WHERE event_id = :id", new MapSqlParameterSource().addValue("id", eventId)
            .addValue("by", closedBy).addValue("at", Timestamp.from(closedAt)).addValue("reason", reason));
  }

  long greenChannelClaims(String eventId) {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM claim WHERE catastrophe_event_id = :id",
        Map.of("id", eventId), Long.class);
    return count == null ? 0 : count;
  }

  /**
   * Running claims, after {@code afterClaimNumber} in claim-number order, that may belong to the
   * event: in its regions, by one of its perils, lost within its period, not yet green, decided
   * or archived. The eligibility decision has the last word on each.
   */
  List<String> runningClaimsMatching(CatastropheEvent event, String afterClaimNumber, int limit) {
    return jdbc.queryForList("SELECT c.claim_number FROM claim c WHERE c.claim_number > :after "
        + "AND c.green_channel = FALSE AND c.decision IS NULL AND c.archived_at IS NULL "
        + "AND c.loss_date BETWEEN :from AND :to "
        + "AND c.peril IN (SELECT p.peril FROM catastrophe_event_peril p WHERE p.event_id = :eventId) "
        + "AND " + CLAIM_IN_EVENT_REGIONS + " ORDER BY c.claim_number FETCH FIRST :limit ROWS ONLY",
        new MapSqlParameterSource().addValue("after", afterClaimNumber).addValue("eventId", event.eventId())
            .addValue("from", event.lossFrom()).addValue("to", event.lossTo()).addValue("limit", limit),
        String.class);
  }

  /** Open (not archived) claims in the event's regions, after {@code afterClaimNumber} in claim-number order. */
  List<String> openClaimsInRegions(CatastropheEvent event, String afterClaimNumber, int limit) {
    return jdbc.queryForList("SELECT c.claim_number FROM claim c WHERE c.claim_number > :after "
        + "AND c.archived_at IS NULL AND " + CLAIM_IN_EVENT_REGIONS
        + " ORDER BY c.claim_number FETCH FIRST :limit ROWS ONLY", new MapSqlParameterSource()
            .addValue("after", afterClaimNumber).addValue("eventId", event.eventId()).addValue("limit", limit),
        String.class);
  }

  private CatastropheEvent event(ResultSet rs, int row) throws SQLException {
    String eventId = rs.getString("event_id");
    List<String> regions = jdbc.queryForList("SELECT region_code FROM catastrophe_event_region WHERE event_id = :id "
        + "ORDER BY region_code", Map.of("id", eventId), String.class);
    List<String> perils = jdbc.queryForList("SELECT peril FROM catastrophe_event_peril WHERE event_id = :id "
        + "ORDER BY peril", Map.of("id", eventId), String.class);
    return new CatastropheEvent(eventId, rs.getString("name"), Grade.valueOf(rs.getString("grade")), regions, perils,
        rs.getObject("loss_from", LocalDate.class), rs.getObject("loss_to", LocalDate.class),
        rs.getBigDecimal("fast_track_limit"), rs.getBigDecimal("auto_settlement_limit"),
        rs.getBigDecimal("advance_payment_share"), CatastropheEvent.Status.valueOf(rs.getString("status")),
        rs.getString("declared_by"), instant(rs, "declared_at"), rs.getString("closed_by"), instant(rs, "closed_at"),
        rs.getString("close_reason"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
