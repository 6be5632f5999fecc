package cn.insure.claims.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import cn.insure.claims.system.privacy.PersonalData;

/** Demo adapter: sends no e-mail and says so in the log (recipient masked) and on the outbox row. */
@Component
@ConditionalOnProperty(name = "claims.notification.email.gateway", havingValue = "logging")
class LoggingEmailGateway implements EmailGateway {

  static final String NOT_SENT = "E-MAIL NOT SENT (demo logging adapter)";

  private static final Logger log = LoggerFactory.getLogger(LoggingEmailGateway.class);

  @Override
  public String send(Email email) {
    log.info("{}: to {}, subject \"{}\"", NOT_SENT, PersonalData.maskEmail(email.to()), email.subject());
    return NOT_SENT;
  }
}
