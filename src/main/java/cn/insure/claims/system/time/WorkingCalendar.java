package cn.insure.claims.system.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The insurer's working days: Monday to Friday, except the public holidays
 * ({@code claims.calendar.holidays}), plus the adjusted working days (调休: a Saturday or Sunday
 * worked in exchange, {@code claims.calendar.extra-working-days}). Each setting is a list of dates
 * ({@code 2026-10-01}) or inclusive ranges ({@code 2026-10-01..2026-10-07}), as a YAML list or
 * comma-separated.
 */
@Component
public class WorkingCalendar {

  /** Monday to Friday, no holidays: the calendar when none is configured. */
  public static final WorkingCalendar WEEKDAYS = new WorkingCalendar(Set.of(), Set.of());

  private final Set<LocalDate> holidays;
  private final Set<LocalDate> extraWorkingDays;

  @Autowired
  WorkingCalendar(Environment environment) {
    this(dates(environment, "claims.calendar.holidays"), dates(environment, "claims.calendar.extra-working-days"));
  }

  public WorkingCalendar(Collection<LocalDate> holidays, Collection<LocalDate> extraWorkingDays) {
    Set<LocalDate> both = new TreeSet<>(holidays);
    both.retainAll(extraWorkingDays);
    if (!both.isEmpty()) {
      throw new IllegalArgumentException("claims.calendar: a day cannot be a holiday and an extra working day, got "
          + both);
    }
    this.holidays = Set.copyOf(holidays);
    this.extraWorkingDays = Set.copyOf(extraWorkingDays);
  }

  public boolean isWorkingDay(LocalDate day) {
    if (extraWorkingDays.contains(day)) {
      return true;
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !holidays.contains(day);
  }

  public Set<LocalDate> holidays() {
    return new TreeSet<>(holidays);
  }

  public Set<LocalDate> extraWorkingDays() {
    return new TreeSet<>(extraWorkingDays);
  }

  private static Set<LocalDate> dates(Environment environment, String property) {
    List<String> entries = Binder.get(environment).bind(property, Bindable.listOf(String.class)).orElse(List.of());
    return parse(property, entries);
  }

  /** Dates and inclusive ranges {@code from..to}; a bad entry is refused naming the setting and the entry. */
  public static Set<LocalDate> parse(String property, List<String> entries) {
    Set<LocalDate> dates = new TreeSet<>();
    for (String raw : entries) {
      String entry = raw == null ? "" : raw.trim();
      if (entry.isEmpty()) {
        continue;
      }
      try {
        int range = entry.indexOf("..");
        if (range < 0) {
          dates.add(LocalDate.parse(entry));
          continue;
        }
        LocalDate from = LocalDate.parse(entry.substring(0, range).trim());
        LocalDate to = LocalDate.parse(entry.substring(range + 2).trim());
        if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
          throw new IllegalArgumentException(property + ": the range '" + entry + "' must run forward, at most a year");
        }
        from.datesUntil(to.plusDays(1)).forEach(dates::add);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(property + ": '" + entry + "' is not a date (YYYY-MM-DD) or a range "
            + "(YYYY-MM-DD..YYYY-MM-DD)", e);
      }
    }
    return dates;
  }
}
