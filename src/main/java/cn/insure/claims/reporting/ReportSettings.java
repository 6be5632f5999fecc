package cn.insure.claims.reporting;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The reporting time zone, the statutory periods the clocks are checked against (the same
 * settings the claim process runs on) and the targets of the headline indicators
 * ({@code reports.targets.<indicator>}).
 */
@Component
class ReportSettings {

  private final ZoneId zone;
  private final Duration paymentPeriod;
  private final Duration rejectionNoticePeriod;
  private final Duration advancePaymentAfter;
  private final Map<String, BigDecimal> targets;

  ReportSettings(@Value("${reports.zone:Asia/Shanghai}") ZoneId zone,
      @Value("${claims.payment.period:P10D}") Period paymentPeriod,
      @Value("${claims.rejection-notice.period:P3D}") Period rejectionNoticePeriod,
      @Value("${claims.advance-payment.after:P60D}") Period advancePaymentAfter,
      Environment environment) {
    Map<String, BigDecimal> configured = Binder.get(environment)
        .bind("reports.targets", Bindable.mapOf(String.class, BigDecimal.class)).orElse(Map.of());
    this.zone = zone;
    this.paymentPeriod = Duration.ofDays(paymentPeriod.getDays());
    this.rejectionNoticePeriod = Duration.ofDays(rejectionNoticePeriod.getDays());
    this.advancePaymentAfter = Duration.ofDays(advancePaymentAfter.getDays());
    java.util.Map<String, BigDecimal> all = new java.util.HashMap<>(Indicators.DEFAULT_TARGETS);
    all.putAll(configured);
    this.targets = Map.copyOf(all);
  }

  ZoneId zone() {
    return zone;
  }

  Duration paymentPeriod() {
    return paymentPeriod;
  }

  Duration rejectionNoticePeriod() {
    return rejectionNoticePeriod;
  }

  Duration advancePaymentAfter() {
    return advancePaymentAfter;
  }

  BigDecimal target(String indicator) {
    return targets.get(indicator);
  }
}
