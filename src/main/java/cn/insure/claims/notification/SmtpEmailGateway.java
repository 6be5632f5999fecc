package cn.insure.claims.notification;

import java.util.Arrays;
import java.util.Objects;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends e-mail over SMTP with Spring Mail ({@code spring.mail.*}: host, port, credentials,
 * timeouts). Every message carries the Message-ID the outbox derived from the notice, so a message
 * sent twice (see {@link NotificationDispatcher}) can be recognised by the receiving side.
 */
@Component
@ConditionalOnProperty(name = "claims.notification.email.gateway", havingValue = "smtp", matchIfMissing = true)
class SmtpEmailGateway implements EmailGateway {

  private final JavaMailSender mailSender;
  private final String from;

  SmtpEmailGateway(ObjectProvider<JavaMailSender> mailSender, @Value("${spring.mail.host:}") String host,
      @Value("${claims.notification.email.from:}") String from) {
    if (host == null || host.isBlank() || mailSender.getIfAvailable() == null) {
      throw new IllegalStateException("claims.notification.email.gateway=smtp needs an SMTP server: set "
          + "spring.mail.host (CLAIMS_SMTP_HOST), or claims.notification.email.gateway=logging to send nothing");
    }
    this.mailSender = mailSender.getObject();
    if (from == null || from.isBlank()) {
      throw new IllegalStateException("Set claims.notification.email.from (CLAIMS_MAIL_FROM), the sender address "
          + "of the notices, e.g. 理赔服务 <claims@insure.cn>");
    }
    this.from = from;
  }

  @Override
  public String send(Email email) {
    MimeMessage message = mailSender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
      helper.setFrom(from);
      helper.setTo(email.to());
      helper.setSubject(email.subject());
      helper.setText(email.body(), false);
      message.setHeader("Message-ID", email.messageId());
    } catch (MessagingException e) {
      throw new NotificationRejectedException("The e-mail cannot be built: " + e.getMessage(), e);
    }
    try {
      mailSender.send(message);
    } catch (MailParseException | MailPreparationException e) {
      throw new NotificationRejectedException("The e-mail cannot be built: " + e.getMessage(), e);
    } catch (MailSendException e) {
      if (recipientRefused(e)) {
        throw new NotificationRejectedException("The mail server refuses the recipient address", e);
      }
      throw e;
    }
    return email.messageId();
  }

  private static boolean recipientRefused(MailSendException e) {
    return Arrays.stream(e.getMessageExceptions()).filter(Objects::nonNull)
        .anyMatch(cause -> cause instanceof SendFailedException failed && failed.getInvalidAddresses() != null
            && failed.getInvalidAddresses().length > 0);
  }
}
