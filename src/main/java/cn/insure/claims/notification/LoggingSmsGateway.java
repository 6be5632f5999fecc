package cn.insure.claims.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import cn.insure.claims.system.privacy.PersonalData;

/** Demo adapter: sends no SMS and says so in the log (phone masked) and on the outbox row. */
@Component
@ConditionalOnProperty(name = "claims.notification.sms.gateway", havingValue = "logging")
class LoggingSmsGateway implements SmsGateway {

  static final String NOT_SENT = "SMS NOT SENT (demo logging adapter)";

  private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

  @Override
  public String send(Sms sms) {
    log.info("{}: to {}, {} characters", NOT_SENT, PersonalData.maskPhone(sms.mobile()), sms.text().length());
    return NOT_SENT;
  }
}
