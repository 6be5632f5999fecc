package cn.insure.claims.complaint;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.insure.claims.numbering.CaseNumbers;

/**
 * The clocks of the complaints regulation (银行业保险业消费投诉处理管理办法, 2020 No. 3), configurable
 * under {@code complaints.*} with the regulation's figures as defaults. Triage ({@code complaintTriage})
 * sets the first decision period of each complaint (15 days, complex cases 30); the limits around it
 * live here: how far an extension may go without and with approval, the escalation times, the review
 * window and the window in which complaints with the same cause are grouped into one crisis incident.
 */
@Component("complaintClocks")
public class ComplaintClocks {

  /** A new decision due date and whether a supervisor must approve it first. */
  public record Extension(Instant dueAt, boolean needsApproval) {
  }

  private final Period complexPeriod;
  private final Period approvedExtension;
  private final Period reminderBefore;
  private final Period supervisorPeriod;
  private final Period reviewWindow;
  private final Period reviewPeriod;
  private final Period crisisWindow;

  ComplaintClocks(@Value("${complaints.decision.complex-period:P30D}") Period complexPeriod,
      @Value("${complaints.decision.approved-extension:P30D}") Period approvedExtension,
      @Value("${complaints.escalation.reminder-before:P3D}") Period reminderBefore,
      @Value("${complaints.escalation.supervisor-period:P3D}") Period supervisorPeriod,
      @Value("${complaints.review.window:P30D}") Period reviewWindow,
      @Value("${complaints.review.period:P15D}") Period reviewPeriod,
      @Value("${complaints.crisis.window:P7D}") Period crisisWindow) {
    this.complexPeriod = complexPeriod;
    this.approvedExtension = approvedExtension;
    this.reminderBefore = reminderBefore;
    this.supervisorPeriod = supervisorPeriod;
    this.reviewWindow = reviewWindow;
    this.reviewPeriod = reviewPeriod;
    this.crisisWindow = crisisWindow;
  }

  public Instant afterDays(Instant start, int days) {
    return plus(start, Period.ofDays(days));
  }

  /**
   * The next decision due date when the handler asks for more time: up to the complex-case period
   * from receipt on the handler's word (with a reason), beyond that once by a further period with a
   * supervisor's approval; empty when the approved extension has been used.
   */
  public Optional<Extension> extension(Instant received, Instant currentDue) {
    Instant complexDue = plus(received, complexPeriod);
    if (currentDue.isBefore(complexDue)) {
      return Optional.of(new Extension(complexDue, false));
    }
    if (!currentDue.isAfter(complexDue)) {
      return Optional.of(new Extension(plus(currentDue, approvedExtension), true));
    }
    return Optional.empty();
  }

  public Instant reminderAt(Instant decisionDue) {
    return ZonedDateTime.ofInstant(decisionDue, CaseNumbers.BUSINESS_ZONE).minus(reminderBefore).toInstant();
  }

  public Instant supervisorDueAt(Instant takenOver) {
    return plus(takenOver, supervisorPeriod);
  }

  public Instant feedbackDueAt(Instant resultSent) {
    return plus(resultSent, reviewWindow);
  }

  public Instant reviewDueAt(Instant requested) {
    return plus(requested, reviewPeriod);
  }

  /** The earliest receipt time of a complaint that counts as having the same cause as one received now. */
  public Instant crisisWindowStart(Instant now) {
    return ZonedDateTime.ofInstant(now, CaseNumbers.BUSINESS_ZONE).minus(crisisWindow).toInstant();
  }

  public Instant crisisJoinableUntil(Instant opened) {
    return plus(opened, crisisWindow);
  }

  public int reviewWindowDays() {
    return reviewWindow.getDays();
  }

  /** Whole days from now until the due date, rounded up; negative once it has passed. */
  public static long daysLeft(Instant now, Instant due) {
    Duration left = Duration.between(now, due);
    long days = left.toDays();
    return left.isNegative() ? days : left.minusDays(days).isZero() ? days : days + 1;
  }

  public static String day(Instant instant) {
    return LocalDate.ofInstant(instant, CaseNumbers.BUSINESS_ZONE).toString();
  }

  private static Instant plus(Instant start, Period period) {
    return ZonedDateTime.ofInstant(start, CaseNumbers.BUSINESS_ZONE).plus(period).toInstant();
  }
}
