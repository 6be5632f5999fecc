package cn.insure.claims.system.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * A clock that reads the engine's current time ({@link ClockUtil}): when a test moves the engine
 * clock to fire a statutory timer, the application's dates move with it.
 */
final class EngineAlignedClock extends Clock {

  private final ZoneId zone;

  EngineAlignedClock() {
    this(ZoneId.systemDefault());
  }

  private EngineAlignedClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new EngineAlignedClock(zone);
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
