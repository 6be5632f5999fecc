package cn.insure.claims.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The first-response clock counts working hours (Mon–Fri 09:00–18:00, Asia/Shanghai) only. */
class ConsultationClocksTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final ConsultationClocks clocks = new ConsultationClocks(Duration.ofHours(2), LocalTime.of(9, 0),
      LocalTime.of(18, 0), SHANGHAI);

  @ParameterizedTest(name = "received {0} → due {1}")
  @CsvSource(textBlock = """
      2026-12-01T10:00, 2026-12-01T12:00
      2026-12-01T16:00, 2026-12-01T18:00
      2026-12-01T17:30, 2026-12-02T10:30
      2026-12-01T07:45, 2026-12-01T11:00
      2026-12-01T22:00, 2026-12-02T11:00
      2026-12-04T17:30, 2026-12-07T10:30
      2026-12-05T11:00, 2026-12-07T11:00
      """)
  void theClockRunsInWorkingHoursOnly(LocalDateTime received, LocalDateTime due) {
    assertThat(clocks.firstResponseDue(received.atZone(SHANGHAI).toInstant()))
        .isEqualTo(due.atZone(SHANGHAI).toInstant());
  }

  @Test
  void aClockLongerThanAWorkingDaySpansDays() {
    ConsultationClocks twelveHours = new ConsultationClocks(Duration.ofHours(12), LocalTime.of(9, 0),
        LocalTime.of(18, 0), SHANGHAI);
    assertThat(twelveHours.firstResponseDue(LocalDateTime.parse("2026-12-01T09:00").atZone(SHANGHAI).toInstant()))
        .isEqualTo(LocalDateTime.parse("2026-12-02T12:00").atZone(SHANGHAI).toInstant());
  }

  @Test
  void aWorkingDayThatEndsBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> new ConsultationClocks(Duration.ofHours(2), LocalTime.of(18, 0), LocalTime.of(9, 0),
        SHANGHAI)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("working day");
  }
}
