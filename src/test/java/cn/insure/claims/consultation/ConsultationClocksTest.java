package cn.insure.claims.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import cn.insure.claims.system.time.WorkingCalendar;

/**
 * The first-response clock counts working hours (Mon–Fri 09:00–18:00, Asia/Shanghai) only, on working
 * days: not on public holidays, but on the weekend days worked in exchange (调休).
 */
class ConsultationClocksTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final ConsultationClocks clocks = new ConsultationClocks(Duration.ofHours(2), LocalTime.of(9, 0),
      LocalTime.of(18, 0), SHANGHAI, WorkingCalendar.WEEKDAYS);

  /** China 2026 as shipped in application.yaml: National Day 1–7 Oct, 10 Oct (Saturday) worked. */
  private final ConsultationClocks withHolidays = new ConsultationClocks(Duration.ofHours(2), LocalTime.of(9, 0),
      LocalTime.of(18, 0), SHANGHAI, new WorkingCalendar(
          WorkingCalendar.parse("claims.calendar.holidays", List.of("2026-10-01..2026-10-07", "2026-02-15..2026-02-23")),
          WorkingCalendar.parse("claims.calendar.extra-working-days", List.of("2026-09-20", "2026-10-10",
              "2026-02-14"))));

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

  @ParameterizedTest(name = "received {0} → due {1}")
  @CsvSource(textBlock = """
      2026-09-30T17:30, 2026-10-08T10:30
      2026-10-03T11:00, 2026-10-08T11:00
      2026-10-09T17:30, 2026-10-10T10:30
      2026-10-10T10:00, 2026-10-10T12:00
      2026-09-19T10:00, 2026-09-20T11:00
      2026-02-13T17:30, 2026-02-14T10:30
      2026-02-14T17:00, 2026-02-24T10:00
      """)
  void publicHolidaysDoNotCountAndAdjustedWeekendDaysDo(LocalDateTime received, LocalDateTime due) {
    assertThat(withHolidays.firstResponseDue(received.atZone(SHANGHAI).toInstant()))
        .isEqualTo(due.atZone(SHANGHAI).toInstant());
  }

  @Test
  void aCalendarEntryThatIsNotADateIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> WorkingCalendar.parse("claims.calendar.holidays", List.of("2026-10-32")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("claims.calendar.holidays")
        .hasMessageContaining("2026-10-32");
    assertThatThrownBy(() -> new WorkingCalendar(List.of(LocalDate.parse("2026-10-10")),
        List.of(LocalDate.parse("2026-10-10")))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-10-10");
  }

  @Test
  void aClockLongerThanAWorkingDaySpansDays() {
    ConsultationClocks twelveHours = new ConsultationClocks(Duration.ofHours(12), LocalTime.of(9, 0),
        LocalTime.of(18, 0), SHANGHAI, WorkingCalendar.WEEKDAYS);
    assertThat(twelveHours.firstResponseDue(LocalDateTime.parse("2026-12-01T09:00").atZone(SHANGHAI).toInstant()))
        .isEqualTo(LocalDateTime.parse("2026-12-02T12:00").atZone(SHANGHAI).toInstant());
  }

  @Test
  void aWorkingDayThatEndsBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> new ConsultationClocks(Duration.ofHours(2), LocalTime.of(18, 0), LocalTime.of(9, 0),
        SHANGHAI, WorkingCalendar.WEEKDAYS)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("working day");
  }
}
