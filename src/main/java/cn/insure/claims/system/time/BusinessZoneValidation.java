package cn.insure.claims.system.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Business dates are judged in the insurer's time zone ({@code claims.business-zone}, Asia/Shanghai),
 * not the JVM's (UTC on the servers): "the loss happened today" ({@code @PastOrPresent} on a loss date)
 * is today in Shanghai, so a claim reported at 07:30 in Shanghai (23:30 UTC the day before) for a loss
 * that morning is accepted, and tomorrow in Shanghai is refused.
 */
@Configuration
class BusinessZoneValidation {

  @Bean
  ValidationConfigurationCustomizer businessZoneClock(Clock clock,
      @Value("${claims.business-zone:Asia/Shanghai}") ZoneId businessZone) {
    return configuration -> configuration.clockProvider(() -> clock.withZone(businessZone));
  }
}
