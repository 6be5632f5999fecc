package cn.insure.claims.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Claims settled straight through are drawn for a spot check at their own, higher rate. */
class ClaimSpotChecksTest {

  @Test
  void claimsSettledStraightThroughAreDrawnAtTheHigherRate() {
    Random random = new Random(20261122L);
    ClaimSpotChecks spotChecks = new ClaimSpotChecks(null, null, null, new BigDecimal("0.05"),
        new BigDecimal("0.30"), random::nextDouble);

    long standard = IntStream.range(0, 10_000).filter(i -> spotChecks.drawn(ClaimSpotChecks.Basis.STANDARD)).count();
    long straightThrough = IntStream.range(0, 10_000)
        .filter(i -> spotChecks.drawn(ClaimSpotChecks.Basis.STRAIGHT_THROUGH)).count();

    assertThat(standard).isBetween(430L, 570L);
    assertThat(straightThrough).isBetween(2850L, 3150L);
  }

  @Test
  void aRateIsAShareBetweenZeroAndOne() {
    assertThatThrownBy(() -> new ClaimSpotChecks(null, null, null, new BigDecimal("5"), new BigDecimal("0.3"),
        () -> 0.5)).hasMessageContaining("between 0 and 1");
  }
}
