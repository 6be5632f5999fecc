package cn.insure.claims.claim;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Spot checks (抽检) of closed claims: a share of the archived claims is drawn for a quality
 * inspector, who checks that the process was followed, the review accurate and the payment
 * reasonable. Claims settled straight through, which no person reviewed, are drawn at a higher
 * rate ({@code claims.spot-check.rate}, {@code claims.spot-check.straight-through-rate}).
 */
@Service
public class ClaimSpotChecks {

  /** Why a claim was in the draw, and so at which rate. */
  public enum Basis { STANDARD, STRAIGHT_THROUGH }

  /** A drawn claim and, once inspected, the findings. */
  public record SpotCheck(String claimNumber, Instant drawnAt, Basis basis, BigDecimal samplingRate,
      String inspectedBy, Instant inspectedAt, Boolean processFollowed, Boolean reviewAccurate,
      Boolean paymentReasonable, String findings) {
  }

  private final NamedParameterJdbcTemplate jdbc;
  private final ClaimRepository claims;
  private final Clock clock;
  private final BigDecimal rate;
  private final BigDecimal straightThroughRate;
  private final DoubleSupplier random;

  @Autowired
  ClaimSpotChecks(NamedParameterJdbcTemplate jdbc, ClaimRepository claims, Clock clock,
      @Value("${claims.spot-check.rate:0.05}") BigDecimal rate,
      @Value("${claims.spot-check.straight-through-rate:0.30}") BigDecimal straightThroughRate) {
    this(jdbc, claims, clock, rate, straightThroughRate, () -> ThreadLocalRandom.current().nextDouble());
  }

  ClaimSpotChecks(NamedParameterJdbcTemplate jdbc, ClaimRepository claims, Clock clock, BigDecimal rate,
      BigDecimal straightThroughRate, DoubleSupplier random) {
    if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0 || straightThroughRate.signum() < 0
        || straightThroughRate.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("claims.spot-check rates are shares between 0 and 1, got " + rate + " and "
          + straightThroughRate);
    }
    this.jdbc = jdbc;
    this.claims = claims;
    this.clock = clock;
    this.rate = rate;
    this.straightThroughRate = straightThroughRate;
    this.random = random;
  }

  /** Draws an archived claim for a spot check or not; a drawn claim is recorded as a sample. */
  public boolean draw(String claimNumber) {
    Basis basis = claims.decisions(claimNumber).stream()
        .anyMatch(decision -> ClaimWorkflow.STRAIGHT_THROUGH.equals(decision.stage()))
        ? Basis.STRAIGHT_THROUGH : Basis.STANDARD;
    if (!drawn(basis)) {
      return false;
    }
    jdbc.update("INSERT INTO claim_spot_check (claim_number, drawn_at, basis, sampling_rate) VALUES (:n, :at, :basis, "
        + ":rate)", new MapSqlParameterSource().addValue("n", claimNumber)
            .addValue("at", Timestamp.from(clock.instant())).addValue("basis", basis.name())
            .addValue("rate", rateFor(basis)));
    return true;
  }

  boolean drawn(Basis basis) {
    return random.getAsDouble() < rateFor(basis).doubleValue();
  }

  public BigDecimal rateFor(Basis basis) {
    return basis == Basis.STRAIGHT_THROUGH ? straightThroughRate : rate;
  }

  /** The quality inspector's findings on a drawn claim. */
  public void recordInspection(String claimNumber, String inspector, boolean processFollowed, boolean reviewAccurate,
      boolean paymentReasonable, String findings) {
    int updated = jdbc.update("UPDATE claim_spot_check SET inspected_by = :by, inspected_at = :at, process_followed = "
        + ":process, review_accurate = :review, payment_reasonable = :payment, findings = :findings "
        + "WHERE claim_number = :n", new MapSqlParameterSource().addValue("n", claimNumber).addValue("by", inspector)
            .addValue("at", Timestamp.from(clock.instant())).addValue("process", processFollowed)
            .addValue("review", reviewAccurate).addValue("payment", paymentReasonable).addValue("findings", findings));
    if (updated == 0) {
      throw new IllegalStateException("Claim " + claimNumber + " was not drawn for a spot check");
    }
  }

  public Optional<SpotCheck> find(String claimNumber) {
    return jdbc.query("SELECT * FROM claim_spot_check WHERE claim_number = :n", Map.of("n", claimNumber),
        (rs, i) -> new SpotCheck(rs.getString("claim_number"), ClaimRepository.instant(rs, "drawn_at"),
            Basis.valueOf(rs.getString("basis")), rs.getBigDecimal("sampling_rate"), rs.getString("inspected_by"),
            ClaimRepository.instant(rs, "inspected_at"), (Boolean) rs.getObject("process_followed"),
            (Boolean) rs.getObject("review_accurate"), (Boolean) rs.getObject("payment_reasonable"),
            rs.getString("findings"))).stream().findFirst();
  }
}
