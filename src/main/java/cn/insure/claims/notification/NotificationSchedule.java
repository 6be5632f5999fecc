package cn.insure.claims.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the {@link NotificationDispatcher} every {@code claims.notification.dispatcher.interval}.
 * Off in the test profile ({@code claims.notification.dispatcher.enabled=false}), where tests run it.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "claims.notification.dispatcher.enabled", havingValue = "true", matchIfMissing = true)
class NotificationSchedule {

  private final NotificationDispatcher dispatcher;

  NotificationSchedule(NotificationDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Scheduled(initialDelayString = "${claims.notification.dispatcher.interval:10s}",
      fixedDelayString = "${claims.notification.dispatcher.interval:10s}")
  void dispatch() {
    dispatcher.dispatchDue();
  }
}
