package cn.insure.claims.consultation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.insure.claims.system.time.WorkingCalendar;

/**
 * The first-response clock of consultations: {@code claims.consultation.first-response} (default two
 * hours) counted in working time, on the working days of the {@link WorkingCalendar} (Monday to Friday
 * without public holidays, with the adjusted working days 调休) between
 * {@code claims.consultation.working-day-start} and {@code -end} (09:00–18:00) in the insurer's time zone
 * ({@code claims.consultation.zone}, Asia/Shanghai). A question received at 17:30 on a Friday is due at
 * 10:30 on Monday; one received at 17:30 before a holiday, at 10:30 on the first working day after it.
 */
@Component
public class ConsultationClocks {

  private final Duration firstResponse;
  private final LocalTime dayStart;
  private final LocalTime dayEnd;
  private final ZoneId zone;
  private final WorkingCalendar calendar;

  ConsultationClocks(@Value("${claims.consultation.first-response:PT2H}") Duration firstResponse,
      @Value("${claims.consultation.working-day-start:09:00}") LocalTime dayStart,
      @Value("${claims.consultation.working-day-end:18:00}") LocalTime dayEnd,
      @Value("${claims.consultation.zone:Asia/Shanghai}") ZoneId zone, WorkingCalendar calendar) {
    if (firstResponse.isNegative() || firstResponse.isZero() || !dayStart.isBefore(dayEnd)) {
      throw new IllegalArgumentException("claims.consultation: first-response must be positive and the working day "
          + "must start before it ends, got " + firstResponse + ", " + dayStart + "–" + dayEnd);
    }
    this.firstResponse = firstResponse;
    this.dayStart = dayStart;
    this.dayEnd = dayEnd;
    this.zone = zone;
    this.calendar = calendar;
  }

  /** When the first answer to a consultation received at {@code receivedAt} is due. */
  public Instant firstResponseDue(Instant receivedAt) {
    return addWorkingTime(receivedAt, firstResponse);
  }

  public Duration firstResponse() {
    return firstResponse;
  }

  Instant addWorkingTime(Instant from, Duration amount) {
    ZonedDateTime at = from.atZone(zone);
    Duration left = amount;
    while (true) {
      at = nextWorkingMoment(at);
      ZonedDateTime endOfDay = at.with(dayEnd);
      Duration today = Duration.between(at, endOfDay);
      if (left.compareTo(today) <= 0) {
        return at.plus(left).toInstant();
      }
      left = left.minus(today);
      at = endOfDay;
    }
  }

  private ZonedDateTime nextWorkingMoment(ZonedDateTime at) {
    ZonedDateTime moment = at;
    if (!moment.toLocalTime().isBefore(dayEnd)) {
      moment = moment.plusDays(1).with(dayStart);
    }
    for (int days = 0; !calendar.isWorkingDay(moment.toLocalDate()); days++) {
      if (days > 366) {
        throw new IllegalStateException("claims.calendar: no working day within a year after " + at.toLocalDate());
      }
      moment = moment.plusDays(1).with(dayStart);
    }
    if (moment.toLocalTime().isBefore(dayStart)) {
      moment = moment.with(dayStart);
    }
    return moment;
  }
}
