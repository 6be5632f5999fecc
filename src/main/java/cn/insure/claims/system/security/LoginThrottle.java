package cn.insure.claims.system.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without ever locking an account (replaces the engine's
 * {@code loginMaxAttempts} lock-out, which let any stranger lock out any user for good).
 *
 * <p>Failed logins are counted per client address and per user id. After a number of free
 * failures each further failure makes that address (or that user id) wait before the next
 * attempt, doubling from one second up to a cap; attempts while waiting are answered 429 with
 * {@code Retry-After} and do not reach the password check. The per-user wait is short (capped at
 * {@code maxDelayPerUser}) and does not apply to an address from which that user has logged in
 * successfully before, so a stranger guessing one user's password delays the stranger, never the
 * real user for more than that cap. Counters are forgotten after {@code forgetAfter} without
 * failures; the table holds at most {@code maxEntries} counters (the oldest are dropped first).
 */
public class LoginThrottle {

  /** How many failures are free, how long the waits grow, when failures are forgotten. */
  public record Policy(int freeFailuresPerUser, Duration maxDelayPerUser, int freeFailuresPerAddress,
      Duration maxDelayPerAddress, Duration forgetAfter, int maxEntries) {

    public static Policy defaults() {
      return new Policy(5, Duration.ofSeconds(30), 10, Duration.ofMinutes(5), Duration.ofMinutes(15), 100_000);
    }
  }

  private record Counter(int failures, Instant lastFailure, Instant blockedUntil) {
  }

  private final Policy policy;
  private final Clock clock;
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();
  private final Map<String, Instant> knownGoodAddresses = new ConcurrentHashMap<>();

  public LoginThrottle(Policy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
  }

  /** How long this attempt must still wait, or empty when it may go to the password check. */
  public Optional<Duration> waitBefore(String userId, String address) {
    Instant now = clock.instant();
    Duration wait = remaining(addressKey(address), now);
    if (userId != null && !isKnownGood(userId, address, now)) {
      Duration userWait = remaining(userKey(userId), now);
      if (userWait.compareTo(wait) > 0) {
        wait = userWait;
      }
    }
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  public void failed(String userId, String address) {
    Instant now = clock.instant();
    count(addressKey(address), now, policy.freeFailuresPerAddress(), policy.maxDelayPerAddress());
    if (userId != null) {
      count(userKey(userId), now, policy.freeFailuresPerUser(), policy.maxDelayPerUser());
    }
    prune(now);
  }

  /** The right password: the user's failures are forgotten and this address becomes known to it. */
  public void succeeded(String userId, String address) {
    if (userId == null) {
      return;
    }
    counters.remove(userKey(userId));
    knownGoodAddresses.put(userId + "\n" + address, clock.instant());
    prune(clock.instant());
  }

  /** Forgets every counter (an operator's reset after an incident; tests start clean). */
  public void forgetAll() {
    counters.clear();
    knownGoodAddresses.clear();
  }

  private boolean isKnownGood(String userId, String address, Instant now) {
    Instant last = knownGoodAddresses.get(userId + "\n" + address);
    return last != null && last.plus(Duration.ofDays(30)).isAfter(now);
  }

  private Duration remaining(String key, Instant now) {
    Counter counter = counters.get(key);
    if (counter == null || counter.blockedUntil() == null || !counter.blockedUntil().isAfter(now)) {
      return Duration.ZERO;
    }
    return Duration.between(now, counter.blockedUntil());
  }

  private void count(String key, Instant now, int free, Duration maxDelay) {
    counters.compute(key, (k, old) -> {
      int failures = old == null || old.lastFailure().plus(policy.forgetAfter()).isBefore(now) ? 1 : old.failures() + 1;
      Instant blockedUntil = null;
      if (failures > free) {
        int doublings = Math.min(failures - free - 1, 30);
        long seconds = Math.min(1L << doublings, Math.max(1, maxDelay.toSeconds()));
        blockedUntil = now.plusSeconds(seconds);
      }
      return new Counter(failures, now, blockedUntil);
    });
  }

  private void prune(Instant now) {
    if (counters.size() > policy.maxEntries()) {
      counters.entrySet().removeIf(e -> e.getValue().lastFailure().plus(policy.forgetAfter()).isBefore(now));
      if (counters.size() > policy.maxEntries()) {
        counters.entrySet().stream().min((a, b) -> a.getValue().lastFailure().compareTo(b.getValue().lastFailure()))
            .ifPresent(oldest -> counters.remove(oldest.getKey()));
      }
    }
    if (knownGoodAddresses.size() > policy.maxEntries()) {
      knownGoodAddresses.entrySet().removeIf(e -> e.getValue().plus(Duration.ofDays(30)).isBefore(now));
      if (knownGoodAddresses.size() > policy.maxEntries()) {
        knownGoodAddresses.clear();
      }
    }
  }

  private static String addressKey(String address) {
    return "address\n" + address;
  }

  private static String userKey(String userId) {
    return "user\n" + userId;
  }
}
