package cn.insure.claims.notification;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import cn.insure.claims.system.privacy.PersonalData;
import jakarta.annotation.PreDestroy;

/**
 * Runs the {@link NotificationDispatcher}: right after a transaction that queued notices has
 * committed ({@link NotificationOutbox.Queued}), and every {@code claims.notification.dispatcher.interval}
 * for retries that fall due and for messages queued on another node. Without the run after the commit
 * a surge's notices waited up to a whole interval: 1,000–1,600 messages were still queued when the
 * benchmark's load stopped. Runs after commits never pile up: while one runs, at most one more waits,
 * and it sends everything that came in meanwhile. Off in the test profile
 * ({@code claims.notification.dispatcher.enabled=false}), where tests run the dispatcher themselves.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "claims.notification.dispatcher.enabled", havingValue = "true", matchIfMissing = true)
class NotificationSchedule {

  private static final Logger log = LoggerFactory.getLogger(NotificationSchedule.class);

  private final NotificationDispatcher dispatcher;
  private final boolean onCommit;
  private final AtomicBoolean runRequested = new AtomicBoolean();
  private final ExecutorService afterCommit = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "notice-dispatch");
    thread.setDaemon(true);
    return thread;
  });

  NotificationSchedule(NotificationDispatcher dispatcher,
      @Value("${claims.notification.dispatcher.on-commit:true}") boolean onCommit) {
    this.dispatcher = dispatcher;
    this.onCommit = onCommit;
  }

  @Scheduled(initialDelayString = "${claims.notification.dispatcher.interval:10s}",
      fixedDelayString = "${claims.notification.dispatcher.interval:10s}")
  void dispatch() {
    dispatcher.dispatchDue();
  }

  /** Notices were queued and their transaction committed: send them now, on the dispatch thread. */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void queued(NotificationOutbox.Queued queued) {
    if (!onCommit || !runRequested.compareAndSet(false, true)) {
      return;
    }
    afterCommit.execute(() -> {
      runRequested.set(false);
      try {
        dispatcher.dispatchDue();
      } catch (RuntimeException e) {
        // The scheduled run sends what this run could not; the queue keeps every message.
        log.warn("Sending the notices queued just now failed; the next scheduled run sends them: {}",
            PersonalData.maskText(String.valueOf(e)));
      }
    });
  }

  @PreDestroy
  void stop() {
    afterCommit.shutdownNow();
  }
}
