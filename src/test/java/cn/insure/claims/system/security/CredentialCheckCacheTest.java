package cn.insure.claims.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** HTTP Basic answered from memory for a few seconds after the engine checked the same password. */
class CredentialCheckCacheTest {

  static final List<SimpleGrantedAuthority> CHANNEL = List.of(new SimpleGrantedAuthority("GROUP_channel-systems"));

  /** A clock the test moves. */
  static final class MovingClock extends Clock {
    Instant now = Instant.parse("2026-12-03T08:00:00Z");

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

  @Test
  void aRememberedCheckAnswersOnlyForTheSameUserAndPasswordUntilItExpires() {
    MovingClock clock = new MovingClock();
    CredentialCheckCache cache = new CredentialCheckCache(Duration.ofSeconds(30), 100, clock);
    cache.remember("channel", "secret", CHANNEL);

    assertThat(cache.lookup("channel", "secret")).contains(List.copyOf(CHANNEL));
    assertThat(cache.lookup("channel", "Secret")).isEmpty();
    assertThat(cache.lookup("channe", "lsecret")).isEmpty();
    assertThat(cache.lookup("zhangwei", "secret")).isEmpty();

    clock.now = clock.now.plusSeconds(29);
    assertThat(cache.lookup("channel", "secret")).isPresent();
    clock.now = clock.now.plusSeconds(1);
    assertThat(cache.lookup("channel", "secret")).as("expired after the TTL").isEmpty();
  }

  @Test
  void forgettingAUserDropsOnlyTheirChecks() {
    CredentialCheckCache cache = new CredentialCheckCache(Duration.ofSeconds(30), 100, new MovingClock());
    cache.remember("channel", "secret", CHANNEL);
    cache.remember("zhangwei", "zhangwei", List.of());

    cache.forget("channel");

    assertThat(cache.lookup("channel", "secret")).isEmpty();
    assertThat(cache.lookup("zhangwei", "zhangwei")).isPresent();
  }

  @Test
  void aFullCacheNeverGrowsBeyondItsLimitAndAZeroTtlTurnsItOff() {
    CredentialCheckCache cache = new CredentialCheckCache(Duration.ofSeconds(30), 3, new MovingClock());
    for (int i = 0; i < 10; i++) {
      cache.remember("user" + i, "pw", List.of());
    }
    long remembered = IntStream.range(0, 10).filter(i -> cache.lookup("user" + i, "pw").isPresent()).count();
    assertThat(remembered).isBetween(1L, 3L);
    assertThat(cache.lookup("user9", "pw")).as("the latest check is kept").isPresent();

    CredentialCheckCache off = new CredentialCheckCache(Duration.ZERO, 3, new MovingClock());
    off.remember("channel", "secret", CHANNEL);
    assertThat(off.lookup("channel", "secret")).isEmpty();
  }
}
