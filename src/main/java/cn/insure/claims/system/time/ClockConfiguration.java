package cn.insure.claims.system.time;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the application, so that tests can move time the same way the engine's ClockUtil does. */
@Configuration
class ClockConfiguration {

  @Bean
  Clock clock() {
    return new EngineAlignedClock();
  }
}
