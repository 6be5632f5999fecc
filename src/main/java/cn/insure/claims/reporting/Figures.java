package cn.insure.claims.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Shares, averages and percentiles as the reports round them. */
final class Figures {

  private Figures() {
  }

  /** numerator / denominator to 4 places, or null when there is nothing to divide by. */
  static BigDecimal share(long numerator, long denominator) {
    return denominator == 0 ? null
        : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
  }

  static BigDecimal average(Collection<? extends Number> values) {
    if (values.isEmpty()) {
      return null;
    }
    double sum = values.stream().mapToDouble(Number::doubleValue).sum();
    return BigDecimal.valueOf(sum / values.size()).setScale(2, RoundingMode.HALF_UP);
  }

  /** Median: the middle value, or the mean of the two middle values. */
  static BigDecimal median(List<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    return BigDecimal.valueOf(median).setScale(1, RoundingMode.HALF_UP);
  }

  /** Nearest-rank percentile: the smallest value at or above p of the values. */
  static BigDecimal percentile(List<Double> values, double p) {
    if (values.isEmpty()) {
      return null;
    }
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int rank = (int) Math.ceil(p * sorted.size());
    return BigDecimal.valueOf(sorted.get(Math.max(rank, 1) - 1)).setScale(1, RoundingMode.HALF_UP);
  }

  static double hours(Instant from, Instant to) {
    return Duration.between(from, to).toMinutes() / 60.0;
  }

  static double minutes(Instant from, Instant to) {
    return Duration.between(from, to).toSeconds() / 60.0;
  }

  /** Whole and part days late, one decimal. */
  static BigDecimal daysLate(Instant due, Instant done) {
    return BigDecimal.valueOf(Duration.between(due, done).toMinutes() / 1440.0).setScale(1, RoundingMode.HALF_UP);
  }
}
