package cn.insure.claims.system.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.core.spi.FilterReply;

/** Only the engine REST's 500s that are answered as something else leave the log; every other 500 stays. */
class RefusalsAreNotServerErrorsTest {

  private final RefusalsAreNotServerErrors filter = new RefusalsAreNotServerErrors();
  private final Logger engineRest = (Logger) LoggerFactory.getLogger(RefusalsAreNotServerErrors.ENGINE_REST_EXCEPTIONS);

  @BeforeEach
  @AfterEach
  void noRefusalOnThisThread() {
    EngineRefusals.forget();
  }

  @Test
  void aServerErrorNobodyRefusedIsStillLogged() {
    assertThat(decide(engineRest, "java.lang.IllegalStateException: the database is gone")).isEqualTo(
        FilterReply.NEUTRAL);
  }

  @Test
  void theServerErrorOfARefusedCommandIsNotLogged() {
    EngineRefusals.record(new BadUserRequestException("claimNumber: is not a field of form claimIntake"));

    assertThat(decide(engineRest, "org.camunda.bpm.engine.rest.exception.RestException: Cannot instantiate"))
        .isEqualTo(FilterReply.DENY);
  }

  @Test
  void aConcurrentChangeAnsweredWith409IsNotLoggedAsAServerError() {
    assertThat(decide(engineRest, "org.camunda.bpm.engine.OptimisticLockingException: ENGINE-03005 Execution of "
        + "'UPDATE TaskEntity[…]' failed")).isEqualTo(FilterReply.DENY);
  }

  @Test
  void otherLoggersAndMessagesAreLeftAlone() {
    Logger other = (Logger) LoggerFactory.getLogger("org.camunda.bpm.engine.context");
    assertThat(decide(other, "ENGINE-03005")).isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(null, engineRest, Level.DEBUG, "ENGINE-REST-HTTP400 {}", new Object[] {"ENGINE-03005"},
        null)).isEqualTo(FilterReply.NEUTRAL);
  }

  private FilterReply decide(Logger logger, String stackTrace) {
    return filter.decide(null, logger, Level.WARN, "ENGINE-REST-HTTP500 {}", new Object[] {stackTrace}, null);
  }
}
