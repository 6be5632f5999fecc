package cn.insure.claims.notification;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Gauge {@code claims.notification.outbox} by {@code status}: a growing PENDING count means the mail
 * server or SMS provider is down; FAILED messages need a person (wrong address, refused number).
 * On {@code /actuator/metrics} and {@code /actuator/prometheus}.
 */
@Component
class OutboxMetrics implements MeterBinder {

  private final NotificationOutbox outbox;

  OutboxMetrics(NotificationOutbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (NotificationOutbox.Status status : NotificationOutbox.Status.values()) {
      Gauge.builder("claims.notification.outbox", outbox, o -> o.count(status)).tag("status", status.name())
          .description("Notices in the outbox by status").register(registry);
    }
  }
}
