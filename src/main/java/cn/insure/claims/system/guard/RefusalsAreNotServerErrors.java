package cn.insure.claims.system.guard;

import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Keeps the engine REST API's {@code ENGINE-REST-HTTP500} warning — a whole stack trace — out of the
 * log when that 500 is about to be answered as what it is: a refusal of the request's input by the
 * guards (400, 403, 404: {@link EngineRefusals} rewrites it and logs one line) or a concurrent change
 * (409). Those are the client's to fix, not the server's: an alert on server errors stays meaningful, and
 * a client sending bad input on purpose cannot fill the log with stack traces. Every other 500 is
 * logged as before. Registered in {@code logback-spring.xml}.
 */
public final class RefusalsAreNotServerErrors extends TurboFilter {

  static final String ENGINE_REST_EXCEPTIONS = "org.camunda.bpm.engine.rest.exception";
  private static final String SERVER_ERROR = "ENGINE-REST-HTTP500";

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
      Throwable throwable) {
    if (format == null || !format.startsWith(SERVER_ERROR) || !ENGINE_REST_EXCEPTIONS.equals(logger.getName())) {
      return FilterReply.NEUTRAL;
    }
    String failure = params != null && params.length > 0 ? String.valueOf(params[0]) : "";
    return EngineRefusals.answeredAsClientError(failure) ? FilterReply.DENY : FilterReply.NEUTRAL;
  }
}
