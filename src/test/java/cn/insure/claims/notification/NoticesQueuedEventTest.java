package cn.insure.claims.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import cn.insure.claims.ClaimsSpringBootTest;

/** Queuing notices tells the dispatcher's schedule, which sends them once the transaction has committed. */
@ClaimsSpringBootTest
@RecordApplicationEvents
class NoticesQueuedEventTest {

  @Autowired NotificationOutbox outbox;
  @Autowired TransactionTemplate transaction;
  @Autowired ApplicationEvents events;

  @Test
  void queuingANoticeOnBothChannelsAnnouncesTwoMessages() {
    String caseNumber = "EVT-" + UUID.randomUUID().toString().substring(0, 13);

    transaction.executeWithoutResult(tx -> outbox.enqueue(caseNumber, "CLAIM_RECEIVED",
        new NotificationOutbox.Contact("13800138000", "wxm@example.com"), "受理通知", "已受理", caseNumber));

    assertThat(events.stream(NotificationOutbox.Queued.class))
        .containsExactly(new NotificationOutbox.Queued(caseNumber, 2));
  }

  @Test
  void aNoticeAlreadyQueuedAnnouncesNothing() {
    String caseNumber = "EVT-" + UUID.randomUUID().toString().substring(0, 13);
    NotificationOutbox.Contact contact = new NotificationOutbox.Contact("13800138000", null);
    transaction.executeWithoutResult(tx -> outbox.enqueue(caseNumber, "CLAIM_RECEIVED", contact, "受理通知", "已受理",
        caseNumber));
    events.clear();

    transaction.executeWithoutResult(tx -> outbox.enqueue(caseNumber, "CLAIM_RECEIVED", contact, "受理通知", "已受理",
        caseNumber));

    assertThat(events.stream(NotificationOutbox.Queued.class)).isEmpty();
  }
}
