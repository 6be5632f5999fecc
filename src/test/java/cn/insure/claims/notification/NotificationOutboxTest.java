package cn.insure.claims.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.claim.ClaimFixtures;
import cn.insure.claims.claim.ClaimService;
import cn.insure.claims.claim.ClaimWorkflow;
import cn.insure.claims.notification.NotificationOutbox.Entry;
import cn.insure.claims.notification.NotificationOutbox.Status;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The notification outbox against a real SMTP server (GreenMail, in this JVM): notices are queued
 * with their step, sent afterwards, retried when the server is down, and never sent twice by two
 * dispatchers. The one repeat that cannot be avoided — a crash between the server's acceptance and
 * the mark — carries the same Message-ID.
 */
@ClaimsSpringBootTest
class NotificationOutboxTest {

  @Autowired NotificationOutbox outbox;
  @Autowired NotificationDispatcher dispatcher;
  @Autowired EmailGateway smtp;
  @Autowired SmsGateway sms;
  @Autowired JavaMailSenderImpl mailSender;
  @Autowired ClaimService claimService;
  @Autowired ClaimWorkflow workflow;
  @Autowired TransactionTemplate transaction;
  @Autowired Clock clock;
  @Autowired MeterRegistry meters;

  private GreenMail smtpServer;
  private int port;
  private final List<MimeMessage> receivedBeforeRestart = new ArrayList<>();

  @BeforeEach
  void startSmtpServerAndSendWhatOtherTestsQueued() throws Exception {
    smtpServer = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtpServer.start();
    port = smtpServer.getSmtp().getPort();
    mailSender.setHost("127.0.0.1");
    mailSender.setPort(port);
    ClockUtil.setCurrentTime(new Date());
    while (dispatcher.dispatchDue().sent() > 0) {
      // the shared test database holds the notices of other test classes' claims
    }
    smtpServer.purgeEmailFromAllMailboxes();
  }

  @AfterEach
  void stopSmtpServerAndResetClock() {
    smtpServer.stop();
    ClockUtil.reset();
  }

  @Test
  void aClaimNoticeIsQueuedWithItsStepAndThenDeliveredByEmailAndSms() throws Exception {
    String claimNumber = claimService.submit(ClaimFixtures.medicalClaimWithAllDocuments(), null, "channel").claim()
        .claimNumber();
    List<Entry> queued = outbox.entries(claimNumber);
    assertThat(queued).extracting(Entry::channel, Entry::status, Entry::recipient).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(NotificationOutbox.Channel.EMAIL, Status.PENDING, "w**@example.com"),
        org.assertj.core.groups.Tuple.tuple(NotificationOutbox.Channel.SMS, Status.PENDING, "138****8000"));

    dispatcher.dispatchDue();

    MimeMessage mail = single(smtpServer.getReceivedMessages());
    Entry email = entry(claimNumber, NotificationOutbox.Channel.EMAIL);
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("wxm@example.com");
    assertThat(mail.getSubject()).isEqualTo("理赔申请受理通知 " + claimNumber);
    assertThat(mail.getContent().toString()).contains("尊敬的王小明").contains("案件号 " + claimNumber);
    assertThat(mail.getMessageID()).isEqualTo(email.messageId());
    assertThat(mail.getFrom()[0].toString()).contains("claims@test.insure.cn");
    assertThat(email.status()).isEqualTo(Status.SENT);
    assertThat(entry(claimNumber, NotificationOutbox.Channel.SMS)).satisfies(text -> {
      assertThat(text.status()).isEqualTo(Status.SENT);
      assertThat(text.providerReference()).isEqualTo("SMS NOT SENT (demo logging adapter)");
    });
  }

  @Test
  void aStepThatRollsBackQueuesNothing() {
    String claimNumber = claimService.submit(ClaimFixtures.medicalClaimWithAllDocuments(), null, "channel").claim()
        .claimNumber();
    int queuedAtIntake = outbox.entries(claimNumber).size();

    transaction.executeWithoutResult(status -> {
      workflow.sendReceivedNotice(claimNumber);
      assertThat(outbox.entries(claimNumber)).hasSize(queuedAtIntake + 2);
      status.setRollbackOnly();
    });

    assertThat(outbox.entries(claimNumber)).hasSize(queuedAtIntake);
  }

  @Test
  void queuingTheSameNoticeTwiceSendsItOnce() {
    String caseNumber = "CMP-20261122-000101";
    String dedupKey = "complaint-ack:" + UUID.randomUUID();

    int first = enqueue(caseNumber, new NotificationOutbox.Contact("13912345678", "li.na@example.com"), dedupKey);
    int again = enqueue(caseNumber, new NotificationOutbox.Contact("13912345678", "li.na@example.com"), dedupKey);

    assertThat(first).isEqualTo(2);
    assertThat(again).isZero();
  }

  @Test
  void smtpGoingDownHalfWayDeliversEveryMessageExactlyOnceAfterRecovery() throws Exception {
    String caseNumber = "CLM-20261122-900001";
    for (String address : List.of("wang.xm@example.com", "li.na@example.com", "zhang.w@example.com")) {
      enqueue(caseNumber, new NotificationOutbox.Contact(null, address), "outbox-test:" + UUID.randomUUID());
    }
    // The server goes down right after accepting the first message of the run.
    AtomicBoolean first = new AtomicBoolean(true);
    EmailGateway serverDiesAfterFirstMessage = email -> {
      String reference = smtp.send(email);
      if (first.getAndSet(false)) {
        receivedBeforeRestart.addAll(Arrays.asList(smtpServer.getReceivedMessages()));
        smtpServer.stop();
      }
      return reference;
    };
    NotificationDispatcher node = dispatcher(serverDiesAfterFirstMessage, sms, "node-a");

    NotificationDispatcher.Run outage = node.dispatchDue();

    assertThat(outage.sent()).isEqualTo(1);
    assertThat(outage.retryLater()).isEqualTo(2);
    assertThat(outbox.entries(caseNumber)).filteredOn(e -> e.status() == Status.PENDING).hasSize(2)
        .allSatisfy(e -> {
          assertThat(e.attempts()).isOne();
          assertThat(e.lastError()).contains("MailSendException");
          assertThat(e.nextAttemptAt()).isAfter(clock.instant());
        });

    smtpServer = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtpServer.start();
    assertThat(node.dispatchDue().sent()).as("nothing is due before the backoff has passed").isZero();
    advance(Duration.ofSeconds(31));
    NotificationDispatcher.Run recovery = node.dispatchDue();

    assertThat(recovery.sent()).isEqualTo(2);
    List<MimeMessage> delivered = new ArrayList<>(receivedBeforeRestart);
    delivered.addAll(Arrays.asList(smtpServer.getReceivedMessages()));
    Map<String, Long> copiesByMessageId = delivered.stream().collect(Collectors.groupingBy(
        NotificationOutboxTest::messageId, Collectors.counting()));
    assertThat(copiesByMessageId).hasSize(3).allSatisfy((messageId, copies) -> assertThat(copies).isOne());
    assertThat(copiesByMessageId.keySet()).containsExactlyInAnyOrderElementsOf(
        outbox.entries(caseNumber).stream().map(Entry::messageId).toList());
    assertThat(outbox.entries(caseNumber)).allSatisfy(e -> {
      assertThat(e.status()).isEqualTo(Status.SENT);
      assertThat(e.lastError()).isNull();
    });
  }

  @Test
  void aDispatcherThatStopsBetweenSendingAndMarkingCausesOneRepeatWithTheSameMessageId() throws Exception {
    String caseNumber = "CLM-20261122-900002";
    enqueue(caseNumber, new NotificationOutbox.Contact(null, "wang.xm@example.com"), "outbox-test:" + UUID.randomUUID());
    String id = outbox.entries(caseNumber).get(0).id();
    // A node claims the message, the server accepts it, and the node dies before recording that.
    assertThat(outbox.claim(id, "node-that-dies", clock.instant())).isTrue();
    NotificationOutbox.Message claimed = outbox.claimed(id);
    smtp.send(new EmailGateway.Email(claimed.recipient(), claimed.subject(), claimed.body(), claimed.messageId()));

    assertThat(dispatcher.dispatchDue().sent()).as("a claimed message is left alone within the claim timeout")
        .isZero();
    advance(Duration.ofMinutes(6));
    NotificationDispatcher.Run afterTimeout = dispatcher.dispatchDue();

    assertThat(afterTimeout.released()).isOne();
    assertThat(afterTimeout.sent()).isOne();
    assertThat(smtpServer.getReceivedMessages()).hasSize(2).extracting(NotificationOutboxTest::messageId)
        .containsOnly(claimed.messageId());
    assertThat(outbox.entries(caseNumber)).singleElement().extracting(Entry::status).isEqualTo(Status.SENT);
  }

  @Test
  void twoDispatchersRunningAtOnceNeverSendTheSameMessage() throws Exception {
    String caseNumber = "CLM-20261122-900003";
    for (int i = 0; i < 30; i++) {
      enqueue(caseNumber, new NotificationOutbox.Contact("1391234" + String.format("%04d", i), null),
          "outbox-test:" + UUID.randomUUID());
    }
    Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();
    SmsGateway countingProvider = text -> {
      sends.computeIfAbsent(text.clientReference(), reference -> new AtomicInteger()).incrementAndGet();
      sleep(2);
      return "counted";
    };
    List<NotificationDispatcher> nodes = List.of(dispatcher(smtp, countingProvider, "node-a"),
        dispatcher(smtp, countingProvider, "node-b"));
    CyclicBarrier start = new CyclicBarrier(nodes.size());
    ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
    try {
      List<Future<NotificationDispatcher.Run>> runs = new ArrayList<>();
      for (NotificationDispatcher node : nodes) {
        runs.add(threads.submit(() -> {
          start.await();
          return node.dispatchDue();
        }));
      }
      int sentByBoth = 0;
      for (Future<NotificationDispatcher.Run> run : runs) {
        sentByBoth += run.get().sent();
      }

      assertThat(sentByBoth).isEqualTo(30);
      assertThat(sends).hasSize(30).allSatisfy((reference, count) -> assertThat(count.get()).isOne());
      assertThat(outbox.entries(caseNumber)).allSatisfy(e -> assertThat(e.status()).isEqualTo(Status.SENT));
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aRefusedMessageFailsAtOnceAndItsErrorIsStoredMasked() {
    String caseNumber = "CLM-20261122-900004";
    enqueue(caseNumber, new NotificationOutbox.Contact("13800138000", null), "outbox-test:" + UUID.randomUUID());
    SmsGateway refusing = text -> {
      throw new NotificationRejectedException("HTTP 400: " + text.mobile() + " is not a mobile number in service");
    };

    NotificationDispatcher.Run run = dispatcher(smtp, refusing, "node-a").dispatchDue();

    assertThat(run.failed()).isOne();
    assertThat(outbox.entries(caseNumber)).singleElement().satisfies(e -> {
      assertThat(e.status()).isEqualTo(Status.FAILED);
      assertThat(e.attempts()).isOne();
      assertThat(e.lastError()).contains("138****8000").doesNotContain("13800138000");
    });
    assertThat(meters.get("claims.notification.outbox").tag("status", "FAILED").gauge().value()).isPositive();
  }

  @Test
  void aServerThatStaysDownIsRetriedWithGrowingIntervalsUntilTheLastAttempt() {
    String caseNumber = "CLM-20261122-900005";
    enqueue(caseNumber, new NotificationOutbox.Contact("13800138000", null), "outbox-test:" + UUID.randomUUID());
    SmsGateway down = text -> {
      throw new IllegalStateException("The SMS provider is not available (HTTP 503)");
    };
    NotificationDispatcher node = new NotificationDispatcher(outbox, smtp, down, clock,
        new NotificationDispatcher.Settings(50, 3, Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(5)),
        "node-a");

    List<Duration> waits = new ArrayList<>();
    for (int attempt = 1; attempt <= 3; attempt++) {
      node.dispatchDue();
      Entry entry = outbox.entries(caseNumber).get(0);
      if (entry.status() == Status.PENDING) {
        waits.add(Duration.between(clock.instant(), entry.nextAttemptAt()));
        advance(Duration.between(clock.instant(), entry.nextAttemptAt()));
      }
    }

    assertThat(waits).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(60));
    assertThat(outbox.entries(caseNumber)).singleElement().satisfies(e -> {
      assertThat(e.status()).isEqualTo(Status.FAILED);
      assertThat(e.attempts()).isEqualTo(3);
    });
    assertThat(node.backoff(20)).isEqualTo(Duration.ofHours(1));
  }

  /**
   * A surge of notices (more than one batch) against a provider that takes 50 ms per message is
   * sent in one run, several at a time, each message exactly once.
   */
  @Test
  void aSurgeOfNoticesIsSentInOneRunSeveralAtATimeEachOnce() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 120; i++) {
      enqueue("CLM-20261203-" + run + i, new NotificationOutbox.Contact("13800138000", null), "surge:" + run + i);
    }
    Map<String, Integer> received = new ConcurrentHashMap<>();
    AtomicInteger atOnce = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    SmsGateway slowProvider = text -> {
      mostAtOnce.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      atOnce.decrementAndGet();
      received.merge(text.clientReference(), 1, Integer::sum);
      return "provider-" + text.clientReference();
    };
    NotificationDispatcher node = new NotificationDispatcher(outbox, smtp, slowProvider, clock,
        new NotificationDispatcher.Settings(50, 8, Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(5),
            8), "node-surge");

    NotificationDispatcher.Run result = node.dispatchDue();

    assertThat(result.sent()).isGreaterThanOrEqualTo(120);
    assertThat(received.values()).as("each message sent once").allMatch(count -> count == 1);
    assertThat(received).hasSizeGreaterThanOrEqualTo(120);
    for (int i = 0; i < 120; i++) {
      assertThat(outbox.entries("CLM-20261203-" + run + i)).singleElement()
          .satisfies(e -> assertThat(e.status()).isEqualTo(Status.SENT));
    }
    assertThat(mostAtOnce.get()).as("messages in flight at once").isBetween(2, 8);
    node.stop();
  }

  // --- helpers -----------------------------------------------------------------------------------

  private int enqueue(String caseNumber, NotificationOutbox.Contact contact, String dedupKey) {
    Integer queued = transaction.execute(status -> outbox.enqueue(caseNumber, "CLAIM_RECEIVED", contact,
        "理赔申请受理通知 " + caseNumber, "尊敬的客户：\n您的理赔申请已受理，案件号 " + caseNumber + "。", dedupKey));
    return queued == null ? 0 : queued;
  }

  private NotificationDispatcher dispatcher(EmailGateway email, SmsGateway text, String name) {
    return new NotificationDispatcher(outbox, email, text, clock, new NotificationDispatcher.Settings(50, 8,
        Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(5)), name);
  }

  private Entry entry(String caseNumber, NotificationOutbox.Channel channel) {
    return outbox.entries(caseNumber).stream().filter(e -> e.channel() == channel).findFirst().orElseThrow();
  }

  private static MimeMessage single(MimeMessage[] messages) {
    assertThat(messages).hasSize(1);
    return messages[0];
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void advance(Duration duration) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
