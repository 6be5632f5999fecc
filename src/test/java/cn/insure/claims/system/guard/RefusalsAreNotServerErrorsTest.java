package cn.insure.claims.system.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.servlet.http.HttpServletResponse;

/** Only the engine REST's 500s that are answered as something else leave the log; every other 500 stays. */
class RefusalsAreNotServerErrorsTest {

  private final RefusalsAreNotServerErrors filter = new RefusalsAreNotServerErrors();
  private final Logger engineRest = (Logger) LoggerFactory.getLogger(RefusalsAreNotServerErrors.ENGINE_REST_EXCEPTIONS);

  private static final String REFUSED_START = "org.camunda.bpm.engine.rest.exception.RestException: Cannot instantiate";
  private static final String CONCURRENT_CHANGE = "org.camunda.bpm.engine.OptimisticLockingException: ENGINE-03005 "
      + "Execution of 'UPDATE TaskEntity[…]' failed";

  @Test
  void theServerErrorOfACommandRefusedInThisRequestIsNotLogged() throws Exception {
    assertThat(duringAnEngineRestRequest(true, REFUSED_START)).isEqualTo(FilterReply.DENY);
  }

  @Test
  void aServerErrorNobodyRefusedIsStillLogged() throws Exception {
    assertThat(duringAnEngineRestRequest(false, REFUSED_START)).isEqualTo(FilterReply.NEUTRAL);
    assertThat(decide(engineRest, "java.lang.IllegalStateException: the database is gone")).isEqualTo(
        FilterReply.NEUTRAL);
  }

  @Test
  void aRefusalRecordedOutsideAnEngineRestRequestDoesNotHideAServerError() {
    EngineRefusals.record(new BadUserRequestException("recorded by an application API call acting as a person"));

    assertThat(decide(engineRest, "java.lang.IllegalStateException: the database is gone")).isEqualTo(
        FilterReply.NEUTRAL);
  }

  @Test
  void aConcurrentChangeAnsweredWith409IsNotLoggedAsAServerError() throws Exception {
    assertThat(duringAnEngineRestRequest(false, CONCURRENT_CHANGE)).isEqualTo(FilterReply.DENY);
  }

  @Test
  void aConcurrentChangeOutsideTheRewrittenPathsIsStillLogged() {
    assertThat(decide(engineRest, CONCURRENT_CHANGE)).isEqualTo(FilterReply.NEUTRAL);
  }

  @Test
  void otherLoggersAndMessagesAreLeftAlone() {
    Logger other = (Logger) LoggerFactory.getLogger("org.camunda.bpm.engine.context");
    assertThat(decide(other, "ENGINE-03005")).isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(null, engineRest, Level.DEBUG, "ENGINE-REST-HTTP400 {}", new Object[] {"ENGINE-03005"},
        null)).isEqualTo(FilterReply.NEUTRAL);
  }

  /** What the filter decides for the engine REST's 500 warning logged while {@link EngineRefusals} handles a request. */
  private FilterReply duringAnEngineRestRequest(boolean refused, String failure) throws Exception {
    AtomicReference<FilterReply> reply = new AtomicReference<>();
    new EngineRefusals(new ObjectMapper()).doFilter(new MockHttpServletRequest("POST", "/engine-rest/task/1/complete"),
        new MockHttpServletResponse(), (request, response) -> {
          if (refused) {
            EngineRefusals.record(new BadUserRequestException("claimNumber: is not a field of form claimIntake"));
          }
          reply.set(decide(engineRest, failure));
          ((HttpServletResponse) response).setStatus(500);
        });
    return reply.get();
  }

  private FilterReply decide(Logger logger, String stackTrace) {
    return filter.decide(null, logger, Level.WARN, "ENGINE-REST-HTTP500 {}", new Object[] {stackTrace}, null);
  }
}
