package cn.insure.claims.system.logging;

import cn.insure.claims.system.privacy.PersonalData;
import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %maskedMsg}: the log message with ID, phone and account numbers masked. */
public class MaskedMessageConverter extends MessageConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return PersonalData.maskText(super.convert(event));
  }
}
