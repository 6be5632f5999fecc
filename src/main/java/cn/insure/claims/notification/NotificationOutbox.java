package cn.insure.claims.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.insure.claims.system.privacy.PersonalData;

/**
 * The outbox of notices to customers (table {@code notification_outbox}). A feature queues a notice
 * here in the transaction of the step that causes it; {@link NotificationDispatcher} sends it
 * afterwards. If the step rolls back, nothing was queued and nothing is sent; once the step has
 * committed, the notice is sent even if the application stops right after.
 */
@Service
public class NotificationOutbox {

  /** How a notice reaches the customer. */
  public enum Channel { EMAIL, SMS }

  /** Where an outbox row stands. SENDING means a dispatcher has claimed it and is sending it now. */
  public enum Status { PENDING, SENDING, SENT, FAILED }

  /** The customer's contact details as they gave them; either may be missing. */
  public record Contact(String mobile, String email) {
  }

  /** An outbox row as it may be shown: the recipient is masked. */
  public record Entry(String id, String caseNumber, String kind, Channel channel, String recipient, String subject,
      Status status, int attempts, Instant nextAttemptAt, String lastError, String messageId,
      String providerReference, Instant createdAt, Instant sentAt) {
  }

  /** A claimed row with everything needed to send it, the clear recipient included. */
  record Message(String id, String caseNumber, String kind, Channel channel, String recipient,
      String recipientMasked, String subject, String body, int attempts, String messageId) {
  }

  /**
   * Published when a transaction queued messages; the dispatcher's schedule listens after the commit
   * and sends them at once instead of at its next run.
   */
  public record Queued(String caseNumber, int messages) {
  }

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;
  private final String messageIdDomain;
  private final ApplicationEventPublisher events;

  NotificationOutbox(NamedParameterJdbcTemplate jdbc, Clock clock,
      @Value("${claims.notification.message-id-domain:claims.insure.cn}") String messageIdDomain,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.messageIdDomain = messageIdDomain;
    this.events = events;
  }

  /**
   * Queues a notice to one customer on every channel they gave: SMS to the mobile number, e-mail to
   * the address. Must run inside the transaction of the step that causes the notice.
   *
   * @param dedupKey identifies this notice for good (e.g. the id of the stored notice); the channel
   *     is appended. A key that is already queued is skipped, so queuing twice sends once, and
   *     the e-mail's Message-ID is derived from it so that receivers can recognise a repeat.
   * @return the number of messages queued (0 to 2)
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public int enqueue(String caseNumber, String kind, Contact contact, String subject, String body, String dedupKey) {
    int queued = 0;
    if (contact.mobile() != null && !contact.mobile().isBlank()) {
      queued += enqueue(caseNumber, kind, Channel.SMS, contact.mobile().trim(), subject, body, dedupKey + ":SMS");
    }
    if (contact.email() != null && !contact.email().isBlank()) {
      queued += enqueue(caseNumber, kind, Channel.EMAIL, contact.email().trim(), subject, body, dedupKey + ":EMAIL");
    }
    if (queued > 0) {
      events.publishEvent(new Queued(caseNumber, queued));
    }
    return queued;
  }

  private int enqueue(String caseNumber, String kind, Channel channel, String recipient, String subject, String body,
      String dedupKey) {
    Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE dedup_key = :k",
        Map.of("k", dedupKey), Integer.class);
    if (existing != null && existing > 0) {
      return 0;
    }
    Instant now = clock.instant();
    jdbc.update("INSERT INTO notification_outbox (id, case_number, notice_kind, channel, recipient, recipient_masked, "
        + "subject, body, status, attempts, next_attempt_at, dedup_key, message_id, created_at) VALUES (:id, :caseNumber, "
        + ":kind, :channel, :recipient, :masked, :subject, :body, 'PENDING', 0, :now, :dedupKey, :messageId, :now)",
        new MapSqlParameterSource().addValue("id", UUID.randomUUID().toString()).addValue("caseNumber", caseNumber)
            .addValue("kind", kind).addValue("channel", channel.name()).addValue("recipient", recipient)
            .addValue("masked", mask(channel, recipient)).addValue("subject", subject).addValue("body", body)
            .addValue("now", Timestamp.from(now)).addValue("dedupKey", dedupKey)
            .addValue("messageId", messageId(dedupKey)));
    return 1;
  }

  /** The outbox rows of a case, oldest first, recipients masked. */
  public List<Entry> entries(String caseNumber) {
    return jdbc.query("SELECT * FROM notification_outbox WHERE case_number = :n ORDER BY created_at, channel",
        Map.of("n", caseNumber), ENTRY);
  }

  /** How many messages are in this state, for monitoring a backlog or failures. */
  public long count(Status status) {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE status = :status",
        Map.of("status", status.name()), Long.class);
    return count == null ? 0 : count;
  }

  // --- for the dispatcher: every statement commits on its own ---------------------------------------

  List<String> due(Instant now, int limit) {
    return jdbc.queryForList("SELECT id FROM notification_outbox WHERE status = 'PENDING' AND next_attempt_at <= :now "
        + "ORDER BY next_attempt_at, created_at FETCH FIRST :limit ROWS ONLY",
        new MapSqlParameterSource("now", Timestamp.from(now)).addValue("limit", limit), String.class);
  }

  /** Claims a row for one dispatcher: only one of several concurrent claimers can win a row. */
  boolean claim(String id, String dispatcher, Instant now) {
    return jdbc.update("UPDATE notification_outbox SET status = 'SENDING', claimed_by = :by, claimed_at = :now "
        + "WHERE id = :id AND status = 'PENDING'", new MapSqlParameterSource("id", id).addValue("by", dispatcher)
            .addValue("now", Timestamp.from(now))) == 1;
  }

  Message claimed(String id) {
    return jdbc.queryForObject("SELECT * FROM notification_outbox WHERE id = :id", Map.of("id", id),
        (rs, i) -> new Message(rs.getString("id"), rs.getString("case_number"), rs.getString("notice_kind"),
            Channel.valueOf(rs.getString("channel")), rs.getString("recipient"), rs.getString("recipient_masked"),
            rs.getString("subject"), rs.getString("body"), rs.getInt("attempts"), rs.getString("message_id")));
  }

  /** Marks a sent row; the clear recipient is no longer needed and is replaced by its masked form. */
  boolean markSent(String id, String dispatcher, Instant now, String providerReference) {
    return jdbc.update("UPDATE notification_outbox SET status = 'SENT', sent_at = :now, attempts = attempts + 1, "
        + "recipient = recipient_masked, provider_reference = :reference, last_error = NULL "
        + "WHERE id = :id AND status = 'SENDING' AND claimed_by = :by", new MapSqlParameterSource("id", id)
            .addValue("by", dispatcher).addValue("now", Timestamp.from(now))
            .addValue("reference", truncate(providerReference, 200))) == 1;
  }

  /** Returns a row to PENDING for another attempt at {@code nextAttemptAt}, or gives up (FAILED). */
  boolean markAttemptFailed(String id, String dispatcher, String error, Instant nextAttemptAt, boolean giveUp) {
    return jdbc.update("UPDATE notification_outbox SET status = :status, attempts = attempts + 1, last_error = :error, "
        + "next_attempt_at = :next, claimed_by = NULL, claimed_at = NULL "
        + "WHERE id = :id AND status = 'SENDING' AND claimed_by = :by", new MapSqlParameterSource("id", id)
            .addValue("by", dispatcher).addValue("status", giveUp ? Status.FAILED.name() : Status.PENDING.name())
            .addValue("error", truncate(PersonalData.maskText(error), 1000))
            .addValue("next", Timestamp.from(nextAttemptAt))) == 1;
  }

  /**
   * Returns rows claimed before {@code claimedBefore} and never marked to PENDING: their dispatcher
   * stopped between claiming and marking. Such a message may have been sent already; it is sent
   * again with the same Message-ID (at-least-once, see {@link NotificationDispatcher}).
   */
  int releaseAbandoned(Instant claimedBefore) {
    return jdbc.update("UPDATE notification_outbox SET status = 'PENDING', claimed_by = NULL, claimed_at = NULL, "
        + "last_error = 'released: the dispatcher that claimed it stopped before recording the result' "
        + "WHERE status = 'SENDING' AND claimed_at < :before", Map.of("before", Timestamp.from(claimedBefore)));
  }

  private String messageId(String dedupKey) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(dedupKey.getBytes(StandardCharsets.UTF_8));
      return "<" + HexFormat.of().formatHex(digest).substring(0, 40) + ".notice@" + messageIdDomain + ">";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  static String mask(Channel channel, String recipient) {
    return channel == Channel.EMAIL ? PersonalData.maskEmail(recipient) : PersonalData.maskPhone(recipient);
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  private static final RowMapper<Entry> ENTRY = (rs, i) -> new Entry(rs.getString("id"), rs.getString("case_number"),
      rs.getString("notice_kind"), Channel.valueOf(rs.getString("channel")), rs.getString("recipient_masked"),
      rs.getString("subject"), Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
      instant(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"), rs.getString("message_id"),
      rs.getString("provider_reference"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("sent_at")));

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

}
