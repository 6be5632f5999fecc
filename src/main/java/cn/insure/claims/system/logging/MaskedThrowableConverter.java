package cn.insure.claims.system.logging;

import cn.insure.claims.system.privacy.PersonalData;
import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/** {@code %maskedEx}: stack traces whose messages are masked like log messages. */
public class MaskedThrowableConverter extends ExtendedThrowableProxyConverter {

  @Override
  protected String throwableProxyToString(IThrowableProxy proxy) {
    return PersonalData.maskText(super.throwableProxyToString(proxy));
  }
}
