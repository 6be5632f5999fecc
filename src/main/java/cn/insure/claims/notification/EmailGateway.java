package cn.insure.claims.notification;

/**
 * The port to the e-mail server. Adapters: {@link SmtpEmailGateway} (SMTP through Spring Mail) and,
 * in the demo profile, {@link LoggingEmailGateway}, which sends nothing.
 */
public interface EmailGateway {

  /** One e-mail to one recipient. {@code messageId} is the stable Message-ID header, angle brackets included. */
  record Email(String to, String subject, String body, String messageId) {
  }

  /**
   * Hands the e-mail to the mail server.
   *
   * @return a reference of the delivery, stored on the outbox row
   * @throws NotificationRejectedException if the server refuses it for good (e.g. an invalid address)
   * @throws RuntimeException for anything that may succeed later (server down, timeout)
   */
  String send(Email email);
}
