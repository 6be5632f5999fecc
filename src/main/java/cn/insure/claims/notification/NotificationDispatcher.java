package cn.insure.claims.notification;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

import cn.insure.claims.system.privacy.PersonalData;

/**
 * Sends what the {@link NotificationOutbox} holds: SMS through the {@link SmsGateway}, e-mail through
 * the {@link EmailGateway}, with retries and exponential backoff. Run every few seconds by
 * {@code NotificationSchedule}; tests call {@link #dispatchDue()} themselves.
 *
 * <h2>Delivery guarantee</h2>
 * <ul>
 *   <li>A notice exists only if its step committed (the outbox row is in the step's transaction),
 *       and a committed notice stays PENDING until it is sent: a crash between the step and the
 *       send loses nothing.</li>
 *   <li>Several dispatchers (threads or nodes) may run at once: each row is claimed by one
 *       conditional update ({@code PENDING → SENDING}) that only one of them can win, so two
 *       dispatchers never send the same row.</li>
 *   <li>A failed send (server down, timeout) leaves nothing sent; the row goes back to PENDING and
 *       is retried later, so after recovery the message is delivered exactly once.</li>
 *   <li>The one window that cannot be closed is a crash after the server accepted the message and
 *       before the row is marked SENT: neither SMTP nor an SMS API offers a transaction with our
 *       database. Such a row stays SENDING; after {@code claim-timeout} it is released and sent
 *       again. This makes delivery <em>at-least-once</em>, never at-most-once: for statutory notices
 *       (一次性告知, decision notices) a repeat is harmless and a loss is not. The repeat carries the
 *       same Message-ID (e-mail) or client reference (SMS, also sent as Idempotency-Key), derived
 *       from the outbox's dedup key, so receivers and providers that de-duplicate drop it.</li>
 * </ul>
 */
@Component
public class NotificationDispatcher {

  private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

  /**
   * Tuning of retries and claims; {@code parallelism} messages are sent at once (a provider answers
   * in tens of milliseconds, so one at a time cannot keep up with a surge of claims).
   */
  record Settings(int batchSize, int maxAttempts, Duration initialBackoff, Duration maxBackoff,
      Duration claimTimeout, int parallelism) {

    Settings {
      if (parallelism < 1) {
        throw new IllegalArgumentException("claims.notification.dispatcher.parallelism must be at least 1");
      }
    }

    /** One send at a time. */
    Settings(int batchSize, int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration claimTimeout) {
      this(batchSize, maxAttempts, initialBackoff, maxBackoff, claimTimeout, 1);
    }
  }

  /** The most messages one run sends before it lets the schedule call again (bounds a run under a surge). */
  private static final int MAX_BATCHES_PER_RUN = 200;

  /** What one run did. */
  public record Run(int sent, int retryLater, int failed, int released) {
  }

  private final NotificationOutbox outbox;
  private final EmailGateway email;
  private final SmsGateway sms;
  private final Clock clock;
  private final Settings settings;
  private final String name;
  private final ExecutorService senders;

  @Autowired
  NotificationDispatcher(NotificationOutbox outbox, EmailGateway email, SmsGateway sms, Clock clock,
      @Value("${claims.notification.dispatcher.batch-size:50}") int batchSize,
      @Value("${claims.notification.dispatcher.max-attempts:8}") int maxAttempts,
      @Value("${claims.notification.dispatcher.backoff.initial:30s}") Duration initialBackoff,
      @Value("${claims.notification.dispatcher.backoff.max:1h}") Duration maxBackoff,
      @Value("${claims.notification.dispatcher.claim-timeout:5m}") Duration claimTimeout,
      @Value("${claims.notification.dispatcher.parallelism:8}") int parallelism) {
    this(outbox, email, sms, clock,
        new Settings(batchSize, maxAttempts, initialBackoff, maxBackoff, claimTimeout, parallelism),
        ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8));
  }

  NotificationDispatcher(NotificationOutbox outbox, EmailGateway email, SmsGateway sms, Clock clock,
      Settings settings, String name) {
    this.outbox = outbox;
    this.email = email;
    this.sms = sms;
    this.clock = clock;
    this.settings = settings;
    this.name = name.length() > 100 ? name.substring(0, 100) : name;
    this.senders = settings.parallelism() == 1 ? null : Executors.newFixedThreadPool(settings.parallelism(), task -> {
      Thread thread = new Thread(task, "notice-sender");
      thread.setDaemon(true);
      return thread;
    });
  }

  @PreDestroy
  void stop() {
    if (senders != null) {
      senders.shutdown();
    }
  }

  /**
   * Sends every message that is due: batch after batch while batches come full, each batch's
   * messages {@code parallelism} at a time (each one claimed, sent and recorded on its own).
   */
  public Run dispatchDue() {
    int released = outbox.releaseAbandoned(clock.instant().minus(settings.claimTimeout()));
    if (released > 0) {
      log.warn("Released {} outbox message(s) whose dispatcher stopped while sending; they are sent again with the "
          + "same Message-ID/reference", released);
    }
    AtomicInteger sent = new AtomicInteger();
    AtomicInteger retryLater = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
      List<String> due = outbox.due(clock.instant(), settings.batchSize());
      if (senders == null) {
        due.forEach(id -> dispatch(id, sent, retryLater, failed));
      } else {
        List<Future<?>> sending = due.stream()
            .<Future<?>>map(id -> senders.submit(() -> dispatch(id, sent, retryLater, failed))).toList();
        for (Future<?> one : sending) {
          try {
            one.get();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Run(sent.get(), retryLater.get(), failed.get(), released);
          } catch (ExecutionException e) {
            log.error("Sending a notice failed unexpectedly; it is released after the claim timeout", e.getCause());
          }
        }
      }
      if (due.size() < settings.batchSize()) {
        break;
      }
    }
    return new Run(sent.get(), retryLater.get(), failed.get(), released);
  }

  private void dispatch(String id, AtomicInteger sent, AtomicInteger retryLater, AtomicInteger failed) {
    if (!outbox.claim(id, name, clock.instant())) {
      return;
    }
    NotificationOutbox.Message message = outbox.claimed(id);
    try {
      String reference = send(message);
      outbox.markSent(id, name, clock.instant(), reference);
      sent.incrementAndGet();
      log.info("Notice {} of {} sent by {} to {}", message.kind(), message.caseNumber(), message.channel(),
          message.recipientMasked());
    } catch (NotificationRejectedException e) {
      outbox.markAttemptFailed(id, name, e.getMessage(), clock.instant(), true);
      failed.incrementAndGet();
      log.warn("Notice {} of {} to {} refused for good by the {} gateway: {}", message.kind(),
          message.caseNumber(), message.recipientMasked(), message.channel(), PersonalData.maskText(e.getMessage()));
    } catch (RuntimeException e) {
      int attempt = message.attempts() + 1;
      boolean giveUp = attempt >= settings.maxAttempts();
      Instant next = clock.instant().plus(backoff(attempt));
      outbox.markAttemptFailed(id, name, describe(e), next, giveUp);
      if (giveUp) {
        failed.incrementAndGet();
      } else {
        retryLater.incrementAndGet();
      }
      log.warn("Notice {} of {} to {} not sent (attempt {} of {}){}: {}", message.kind(), message.caseNumber(),
          message.recipientMasked(), attempt, settings.maxAttempts(), giveUp ? ", giving up" : ", retry at " + next,
          PersonalData.maskText(describe(e)));
    }
  }

  private String send(NotificationOutbox.Message message) {
    return switch (message.channel()) {
      case EMAIL -> email.send(new EmailGateway.Email(message.recipient(), message.subject(), message.body(),
          message.messageId()));
      case SMS -> sms.send(new SmsGateway.Sms(message.recipient(), message.subject() + "\n" + message.body(),
          message.messageId()));
    };
  }

  /** 30 s, 1 min, 2 min, … capped at the maximum. */
  Duration backoff(int attempt) {
    Duration delay = settings.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
    return delay.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : delay;
  }

  private static String describe(RuntimeException e) {
    StringBuilder text = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
    Throwable cause = e.getCause();
    while (cause != null && text.length() < 800) {
      text.append(" ← ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
      cause = cause.getCause();
    }
    return text.toString();
  }
}
