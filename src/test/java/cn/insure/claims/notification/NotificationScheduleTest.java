package cn.insure.claims.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Notices go out as soon as the transaction that queued them commits, not at the schedule's next
 * run; a burst of commits during a run is sent by one more run, not by one run per commit.
 */
class NotificationScheduleTest {

  private final Semaphore runsStarted = new Semaphore(0);
  private final CountDownLatch releaseFirstRun = new CountDownLatch(1);
  private final AtomicInteger runs = new AtomicInteger();
  private final NotificationDispatcher dispatcher = new NotificationDispatcher(null, null, null, Clock.systemUTC(),
      new NotificationDispatcher.Settings(50, 8, Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(5)),
      "schedule-test") {
    @Override
    public Run dispatchDue() {
      if (runs.incrementAndGet() == 1) {
        runsStarted.release();
        await(releaseFirstRun);
      } else {
        runsStarted.release();
      }
      return new Run(0, 0, 0, 0);
    }
  };
  private NotificationSchedule schedule;

  @AfterEach
  void stop() {
    releaseFirstRun.countDown();
    if (schedule != null) {
      schedule.stop();
    }
  }

  @Test
  void aCommittedNoticeIsSentWithoutWaitingForTheNextScheduledRun() throws Exception {
    schedule = new NotificationSchedule(dispatcher, true);
    releaseFirstRun.countDown();

    schedule.queued(new NotificationOutbox.Queued("CLM-20261204-0000001", 2));

    assertThat(runsStarted.tryAcquire(10, TimeUnit.SECONDS)).as("a run right after the commit").isTrue();
    assertThat(runs).hasValue(1);
  }

  @Test
  void commitsDuringARunAreSentTogetherByOneMoreRun() throws Exception {
    schedule = new NotificationSchedule(dispatcher, true);
    schedule.queued(new NotificationOutbox.Queued("CLM-20261204-0000001", 2));
    assertThat(runsStarted.tryAcquire(10, TimeUnit.SECONDS)).isTrue();

    for (int i = 2; i <= 6; i++) {
      schedule.queued(new NotificationOutbox.Queued("CLM-20261204-000000" + i, 2));
    }
    releaseFirstRun.countDown();

    assertThat(runsStarted.tryAcquire(10, TimeUnit.SECONDS)).as("the run for the commits meanwhile").isTrue();
    // A third run would start right away if the five commits had each asked for one.
    assertThat(runsStarted.tryAcquire(500, TimeUnit.MILLISECONDS)).as("a third run").isFalse();
    assertThat(runs).hasValue(2);
  }

  @Test
  void withSendingOnCommitOffOnlyTheScheduleSends() {
    schedule = new NotificationSchedule(dispatcher, false);

    schedule.queued(new NotificationOutbox.Queued("CLM-20261204-0000001", 2));
    schedule.stop();

    assertThat(runs).hasValue(0);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
