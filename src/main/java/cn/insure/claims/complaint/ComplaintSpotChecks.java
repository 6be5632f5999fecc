package cn.insure.claims.complaint;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Spot checks (抽检) of closed complaints (seed 003 §四(一)2): a share of the closed complaints
 * ({@code complaints.spot-check.rate}, 5 % by default) is drawn for a quality inspector, who
 * checks that the process and its deadlines were followed, the answer reasonable and the customer
 * told clearly. Anything not in order is published ({@link ComplaintSpotCheckFinding}) to be rectified.
 */
@Service
public class ComplaintSpotChecks {

  private final NamedParameterJdbcTemplate jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final BigDecimal rate;
  private final DoubleSupplier random;

  @Autowired
  ComplaintSpotChecks(NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock,
      @Value("${complaints.spot-check.rate:0.05}") BigDecimal rate) {
    this(jdbc, events, clock, rate, () -> ThreadLocalRandom.current().nextDouble());
  }

  ComplaintSpotChecks(NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock,
      BigDecimal rate, DoubleSupplier random) {
    if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("complaints.spot-check.rate is a share between 0 and 1, got " + rate);
    }
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
    this.rate = rate;
    this.random = random;
  }

  /** Draws a closed complaint for a spot check or not; a drawn complaint is recorded as a sample. */
  public boolean draw(String complaintNumber) {
    if (rate.signum() == 0 || random.getAsDouble() >= rate.doubleValue()) {
      return false;
    }
    jdbc.update("INSERT INTO complaint_spot_check (complaint_number, drawn_at, sampling_rate) VALUES (:n, :at, :rate)",
        new MapSqlParameterSource().addValue("n", complaintNumber).addValue("at", Timestamp.from(clock.instant()))
            .addValue("rate", rate));
    return true;
  }

  /** The inspector's verdict; a finding is published to be rectified. */
  public void recordInspection(String complaintNumber, String inspector, boolean processFollowed,
      boolean resolutionReasonable, boolean customerInformed, String findings) {
    jdbc.update("UPDATE complaint_spot_check SET inspected_by = :by, inspected_at = :at, process_followed = :p, "
        + "resolution_reasonable = :r, customer_informed = :c, findings = :f WHERE complaint_number = :n",
        new MapSqlParameterSource().addValue("n", complaintNumber).addValue("by", inspector)
            .addValue("at", Timestamp.from(clock.instant())).addValue("p", processFollowed)
            .addValue("r", resolutionReasonable).addValue("c", customerInformed).addValue("f", findings));
    if (!(processFollowed && resolutionReasonable && customerInformed)) {
      events.publishEvent(new ComplaintSpotCheckFinding(complaintNumber, findings, inspector));
    }
  }
}
