package cn.insure.claims.catastrophe;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import cn.insure.claims.claim.ClaimWorkflow;
import cn.insure.claims.numbering.CaseNumbers;

/** Compiles and keeps the event reports, from the claims of the event and their payments. */
@Repository
class CatastropheReports {

  private final NamedParameterJdbcTemplate jdbc;
  private final CatastropheSettings settings;

  CatastropheReports(NamedParameterJdbcTemplate jdbc, CatastropheSettings settings) {
    this.jdbc = jdbc;
    this.settings = settings;
  }

  CatastropheReport compile(String eventId, Instant compiledAt) {
    MapSqlParameterSource event = new MapSqlParameterSource("eventId", eventId);
    Map<String, Object> claims = jdbc.queryForMap("""
        SELECT COUNT(*) AS received,
          COALESCE(SUM(CASE WHEN g.source = 'SWITCHED' THEN 1 ELSE 0 END), 0) AS switched,
          COALESCE(SUM(CASE WHEN c.decision IS NOT NULL THEN 1 ELSE 0 END), 0) AS decided,
          COALESCE(SUM(CASE WHEN c.decision = 'APPROVED' THEN 1 ELSE 0 END), 0) AS approved,
          COALESCE(SUM(CASE WHEN c.decision = 'REJECTED' THEN 1 ELSE 0 END), 0) AS rejected,
          COALESCE(SUM(c.claimed_amount), 0) AS claimed,
          COALESCE(SUM(CASE WHEN c.decision = 'APPROVED' THEN c.approved_amount ELSE 0 END), 0) AS approved_amount
        FROM claim c LEFT JOIN claim_green_channel g ON g.claim_number = c.claim_number
        WHERE c.catastrophe_event_id = :eventId
        """, event);
    Integer straightThrough = jdbc.queryForObject("SELECT COUNT(DISTINCT d.claim_number) FROM claim_decision d "
        + "JOIN claim c ON c.claim_number = d.claim_number WHERE c.catastrophe_event_id = :eventId AND d.stage = :stage",
        event.addValue("stage", ClaimWorkflow.STRAIGHT_THROUGH), Integer.class);

    PaymentTally tally = new PaymentTally(settings.paymentTargetWithin);
    jdbc.query("""
        SELECT c.claim_number, c.created_at, MIN(p.paid_at) AS first_paid_at, SUM(p.amount) AS paid,
          SUM(CASE WHEN p.kind = 'ADVANCE' THEN p.amount ELSE 0 END) AS advanced
        FROM claim c JOIN claim_payment p ON p.claim_number = c.claim_number AND p.status = 'PAID'
        WHERE c.catastrophe_event_id = :eventId GROUP BY c.claim_number, c.created_at
        """, event, (org.springframework.jdbc.core.RowCallbackHandler) tally::add);

    int received = number(claims.get("received")).intValue();
    BigDecimal share = received == 0 ? BigDecimal.ZERO
        : BigDecimal.valueOf(tally.withinTarget).divide(BigDecimal.valueOf(received), 4, RoundingMode.HALF_UP);
    CatastropheReport report = new CatastropheReport(eventId, compiledAt, received,
        number(claims.get("switched")).intValue(), number(claims.get("decided")).intValue(),
        number(claims.get("approved")).intValue(), number(claims.get("rejected")).intValue(),
        straightThrough == null ? 0 : straightThrough, tally.withinTarget, share, settings.paymentTargetShare,
        received == 0 || share.compareTo(settings.paymentTargetShare) >= 0, amount(claims.get("claimed")),
        amount(claims.get("approved_amount")), tally.paid.setScale(2, RoundingMode.HALF_UP),
        tally.advanced.setScale(2, RoundingMode.HALF_UP), tally.averageHours(), null, null, null);
    insert(report);
    return report;
  }

  Optional<CatastropheReport> find(String eventId) {
    return jdbc.query("SELECT * FROM catastrophe_report WHERE event_id = :id", Map.of("id", eventId),
        (rs, i) -> new CatastropheReport(rs.getString("event_id"), instant(rs, "compiled_at"),
            rs.getInt("claims_received"), rs.getInt("claims_switched"), rs.getInt("claims_decided"),
            rs.getInt("claims_approved"), rs.getInt("claims_rejected"), rs.getInt("claims_settled_straight_through"),
            rs.getInt("claims_paid_within_target"), rs.getBigDecimal("share_paid_within_target"),
            rs.getBigDecimal("target_share"), rs.getBoolean("target_met"), rs.getBigDecimal("amount_claimed"),
            rs.getBigDecimal("amount_approved"), rs.getBigDecimal("amount_paid"), rs.getBigDecimal("amount_advanced"),
            rs.getBigDecimal("average_hours_to_payment"), rs.getString("reviewed_by"), instant(rs, "reviewed_at"),
            rs.getString("review_comment"))).stream().findFirst();
  }

  void recordReview(String eventId, String reviewedBy, Instant reviewedAt, String comment) {
    jdbc.update("UPDATE catastrophe_report SET reviewed_by = :by, reviewed_at = :at, review_comment = :comment "
        + "WHERE event_id = :id", new MapSqlParameterSource().addValue("id", eventId).addValue("by", reviewedBy)
            .addValue("at", Timestamp.from(reviewedAt)).addValue("comment", comment));
  }

  private void insert(CatastropheReport r) {
    jdbc.update("""
        INSERT INTO catastrophe_report (event_id, compiled_at, claims_received, claims_switched, claims_decided,
          claims_approved, claims_rejected, claims_settled_straight_through, claims_paid_within_target,
          share_paid_within_target, target_share, target_met, amount_claimed, amount_approved, amount_paid,
          amount_advanced, average_hours_to_payment)
        VALUES (:id, :at, :received, :switched, :decided, :approved, :rejected, :straightThrough, :within, :share,
          :target, :met, :claimed, :approvedAmount, :paid, :advanced, :hours)
        """, new MapSqlParameterSource().addValue("id", r.eventId()).addValue("at", Timestamp.from(r.compiledAt()))
            .addValue("received", r.claimsReceived()).addValue("switched", r.claimsSwitched())
            .addValue("decided", r.claimsDecided()).addValue("approved", r.claimsApproved())
            .addValue("rejected", r.claimsRejected()).addValue("straightThrough", r.claimsSettledStraightThrough())
            .addValue("within", r.claimsPaidWithinTarget()).addValue("share", r.sharePaidWithinTarget())
            .addValue("target", r.targetShare()).addValue("met", r.targetMet())
            .addValue("claimed", r.amountClaimed()).addValue("approvedAmount", r.amountApproved())
            .addValue("paid", r.amountPaid()).addValue("advanced", r.amountAdvanced())
            .addValue("hours", r.averageHoursToPayment()));
  }

  /** Paid claims of the event, one row each: how many were paid in time, how much, how fast. */
  private static final class PaymentTally {
    private final java.time.Period within;
    private int withinTarget;
    private int paidClaims;
    private long totalMinutes;
    private BigDecimal paid = BigDecimal.ZERO;
    private BigDecimal advanced = BigDecimal.ZERO;

    PaymentTally(java.time.Period within) {
      this.within = within;
    }

    void add(ResultSet rs) throws SQLException {
      Instant reported = instant(rs, "created_at");
      Instant firstPaid = instant(rs, "first_paid_at");
      paidClaims++;
      totalMinutes += Duration.between(reported, firstPaid).toMinutes();
      Instant deadline = ZonedDateTime.ofInstant(reported, CaseNumbers.BUSINESS_ZONE).plus(within).toInstant();
      if (!firstPaid.isAfter(deadline)) {
        withinTarget++;
      }
      paid = paid.add(rs.getBigDecimal("paid"));
      advanced = advanced.add(rs.getBigDecimal("advanced"));
    }

    BigDecimal averageHours() {
      return paidClaims == 0 ? null
          : BigDecimal.valueOf(totalMinutes).divide(BigDecimal.valueOf(paidClaims * 60L), 1, RoundingMode.HALF_UP);
    }
  }

  private static Number number(Object value) {
    return value == null ? 0 : (Number) value;
  }

  private static BigDecimal amount(Object value) {
    return (value instanceof BigDecimal decimal ? decimal : new BigDecimal(number(value).toString()))
        .setScale(2, RoundingMode.HALF_UP);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
