package cn.insure.claims.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  static final String STRANGER = "203.0.113.7";
  static final String OFFICE = "198.51.100.20";

  final MovableClock clock = new MovableClock();
  final LoginThrottle throttle = new LoginThrottle(LoginThrottle.Policy.defaults(), clock);

  @Test
  void theFirstFailuresAreFreeThenEachFailureDoublesTheWait() {
    for (int i = 0; i < 5; i++) {
      assertThat(throttle.waitBefore("zhoumin", STRANGER)).isEmpty();
      throttle.failed("zhoumin", STRANGER);
    }
    assertThat(throttle.waitBefore("zhoumin", STRANGER)).isEmpty();
    throttle.failed("zhoumin", STRANGER); // 6th
    assertThat(throttle.waitBefore("zhoumin", STRANGER)).contains(Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(1));
    throttle.failed("zhoumin", STRANGER); // 7th
    assertThat(throttle.waitBefore("zhoumin", STRANGER)).contains(Duration.ofSeconds(2));
    clock.advance(Duration.ofSeconds(2));
    throttle.failed("zhoumin", STRANGER); // 8th
    assertThat(throttle.waitBefore("zhoumin", STRANGER)).contains(Duration.ofSeconds(4));
  }

  @Test
  void aStrangerGuessingEveryFiveSecondsForSixMinutesIsSlowedDownAndTheRealUserIsBackWithinMinutes() {
    // the attack: a wrong password for zhoumin every 5 s for six minutes (72 tries)
    int refusedBeforeThePasswordCheck = 0;
    for (int i = 0; i < 72; i++) {
      if (throttle.waitBefore("zhoumin", STRANGER).isPresent()) {
        refusedBeforeThePasswordCheck++;
      } else {
        throttle.failed("zhoumin", STRANGER);
      }
      clock.advance(Duration.ofSeconds(5));
    }
    assertThat(refusedBeforeThePasswordCheck).as("guesses answered 429").isGreaterThan(40);
    // the stranger's address waits at most 5 minutes, zhoumin's user id at most 30 s
    assertThat(throttle.waitBefore(null, STRANGER).orElse(Duration.ZERO)).isLessThanOrEqualTo(Duration.ofMinutes(5));
    assertThat(throttle.waitBefore("zhoumin", OFFICE).orElse(Duration.ZERO)).isLessThanOrEqualTo(Duration.ofSeconds(30));
    clock.advance(Duration.ofSeconds(30));
    assertThat(throttle.waitBefore("zhoumin", OFFICE)).as("real user from the office").isEmpty();
  }

  @Test
  void aUserWaitsNotAtAllFromAnAddressItLoggedInFromBefore() {
    throttle.succeeded("zhoumin", OFFICE);
    for (int i = 0; i < 20; i++) {
      throttle.failed("zhoumin", STRANGER);
      clock.advance(Duration.ofSeconds(40));
    }
    assertThat(throttle.waitBefore("zhoumin", STRANGER)).isPresent();
    assertThat(throttle.waitBefore("zhoumin", OFFICE)).isEmpty();
  }

  @Test
  void theRightPasswordForgetsTheUsersFailuresButNotTheAddresses() {
    for (int i = 0; i < 12; i++) {
      throttle.failed("zhangwei", OFFICE);
      clock.advance(Duration.ofMinutes(6));
    }
    // failures 15 min apart are forgotten, so 6 min apart they add up: the address waits
    clock.advance(Duration.ofMinutes(-6));
    assertThat(throttle.waitBefore("zhangwei", OFFICE)).isPresent();
    clock.advance(Duration.ofMinutes(6));
    throttle.succeeded("zhangwei", OFFICE);
    throttle.failed("lina", OFFICE);
    assertThat(throttle.waitBefore("lina", OFFICE)).as("the address keeps counting").isPresent();
  }

  @Test
  void failuresAreForgottenAfterAQuietQuarterOfAnHour() {
    for (int i = 0; i < 8; i++) {
      throttle.failed("lina", STRANGER);
    }
    assertThat(throttle.waitBefore("lina", STRANGER)).isPresent();
    clock.advance(Duration.ofMinutes(16));
    throttle.failed("lina", STRANGER);
    assertThat(throttle.waitBefore("lina", STRANGER)).isEmpty();
  }

  static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-03-02T08:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
