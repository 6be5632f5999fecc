package cn.insure.claims.system.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.insure.claims.ClaimsSpringBootTest;

/**
 * Claims, complaints and catastrophe events start through the application API or their Tasklist start
 * forms. A start over the engine REST API with variables the start form does not offer — a claim
 * number that makes registration skip itself, a green-channel flag, a routing outcome — is refused with
 * a 4xx and leaves no instance and no row.
 */
@ClaimsSpringBootTest
class StartingAProcessOutsideItsFrontDoorTest {

  private static final String CLAIM_FIELDS = """
      "policyNumber":{"value":"P-MED-2026-000001"},"channel":{"value":"PHONE"},"productLine":{"value":"MEDICAL"},
      "claimType":{"value":"HOSPITALISATION"},"claimantName":{"value":"王小明"},
      "claimantIdNumber":{"value":"110101199003078888"},"claimantPhone":{"value":"13800138000"},
      "lossDate":{"value":"2026-11-18"},"lossPlace":{"value":"深圳市南山区人民医院"},"regionCode":{"value":"440305"},
      "peril":{"value":"ILLNESS"},"claimedAmount":{"value":12800},"lossCause":{"value":"急性阑尾炎住院"}""";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aChannelStartingAClaimWithItsOwnClaimNumberIsRefusedAndNothingIsCreated() {
    long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey("claimHandling").count();
    long claims = count("claim");
    HostileClient channel = HostileClient.as(port, HostileClient.Path.ENGINE_REST, "channel");

    HttpResponse<String> start = channel.post("/process-definition/key/claimHandling/start",
        "{\"variables\":{" + CLAIM_FIELDS + ",\"claimNumber\":{\"value\":\"CLM-20261203-999999\"}}}");
    HttpResponse<String> submit = channel.post("/process-definition/key/claimHandling/submit-form",
        "{\"variables\":{" + CLAIM_FIELDS + ",\"greenChannel\":{\"value\":true}}}");

    assertThat(start.statusCode()).isBetween(400, 403);
    assertThat(start.body()).contains("claimNumber");
    assertThat(submit.statusCode()).isEqualTo(400);
    assertThat(submit.body()).contains("greenChannel").contains("is not a field of form claimIntake");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("claimHandling").count())
        .isEqualTo(instances);
    assertThat(count("claim")).isEqualTo(claims);
  }

  @Test
  void aCaseNumberGivenAsBusinessKeyIsRefused() {
    long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey("claimHandling").count();
    HostileClient zhangwei = HostileClient.as(port, HostileClient.Path.TASKLIST_PROXY, "zhangwei");

    HttpResponse<String> response = zhangwei.post("/process-definition/key/claimHandling/submit-form",
        "{\"businessKey\":\"CLM-20261203-000001\",\"variables\":{" + CLAIM_FIELDS + "}}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("businessKey");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("claimHandling").count())
        .isEqualTo(instances);
  }

  @Test
  void aComplaintStartedWithATriageOutcomeIsRefused() {
    long complaints = count("complaint");
    HostileClient zhaolei = HostileClient.as(port, HostileClient.Path.TASKLIST_PROXY, "zhaolei");

    HttpResponse<String> response = zhaolei.post("/process-definition/key/complaintHandling/submit-form", """
        {"variables":{"channel":{"value":"PHONE"},"complainantName":{"value":"刘婷"},"subject":{"value":"理赔太慢"},
          "description":{"value":"报案两周无人联系"},"urgency":{"value":"GENERAL"},"handlingGroup":{"value":"finance"}}}""");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("urgency").contains("handlingGroup");
    assertThat(count("complaint")).isEqualTo(complaints);
  }

  @Test
  void aStaffMemberCannotStartAProcessAtAnActivityOrCorrelateItsMessages() {
    HostileClient zhangwei = HostileClient.as(port, HostileClient.Path.ENGINE_REST, "zhangwei");
    long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey("claimHandling").count();

    HttpResponse<String> atActivity = zhangwei.post("/process-definition/key/claimHandling/start", """
        {"startInstructions":[{"type":"startBeforeActivity","activityId":"recordDetermination"}],
         "variables":{"claimDecision":{"value":"APPROVED"}}}""");
    HttpResponse<String> message = zhangwei.post("/message", """
        {"messageName":"greenChannelDeclared","all":true,"processVariables":{"greenChannel":{"value":true}}}""");

    assertThat(atActivity.statusCode()).isEqualTo(403);
    assertThat(message.statusCode()).isEqualTo(403);
    assertThat(message.body()).contains("reserved for administrators");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("claimHandling").count())
        .isEqualTo(instances);
  }

  /**
   * An administrator's start of a process without a start form (a maintenance process, the benchmark's
   * baselines) is let through. The guard's look-up of the missing form used to mark the start's
   * transaction rollback-only, so the first such start on each node answered 500.
   */
  @Test
  void anAdministratorStartsAProcessWithoutAStartFormTheFirstTimeToo() {
    Deployment deployment = repositoryService.createDeployment().name("maintenance").addModelInstance(
        "formlessMaintenance.bpmn", Bpmn.createExecutableProcess("formlessMaintenance").camundaHistoryTimeToLive(1)
            .startEvent().endEvent().done()).deploy();
    try {
      HostileClient demo = HostileClient.as(port, HostileClient.Path.ENGINE_REST, "demo");

      HttpResponse<String> first = demo.post("/process-definition/key/formlessMaintenance/start", "{}");
      HttpResponse<String> second = demo.post("/process-definition/key/formlessMaintenance/start", "{}");

      assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
      assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
      assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("formlessMaintenance")
          .finished().count()).isEqualTo(2);
    } finally {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
  }

  /**
   * A refused start is the client's to fix: one line says so, and the engine REST's 500 warning with its
   * stack trace stays out of the log, so an alert on server errors stays meaningful.
   */
  @Test
  void aRefusedStartIsLoggedAsARefusalNotAsAServerError() {
    ListAppender<ILoggingEvent> engineRest = listen(RefusalsAreNotServerErrors.ENGINE_REST_EXCEPTIONS);
    ListAppender<ILoggingEvent> refusals = listen(EngineRefusals.class.getName());
    try {
      HttpResponse<String> start = HostileClient.as(port, HostileClient.Path.ENGINE_REST, "channel").post(
          "/process-definition/key/claimHandling/start",
          "{\"variables\":{" + CLAIM_FIELDS + ",\"claimNumber\":{\"value\":\"CLM-20261203-999998\"}}}");

      assertThat(start.statusCode()).isBetween(400, 403);
      assertThat(engineRest.list).noneMatch(event -> event.getMessage().startsWith("ENGINE-REST-HTTP500"));
      assertThat(refusals.list).singleElement().satisfies(event -> assertThat(event.getFormattedMessage())
          .contains("/process-definition/key/claimHandling/start").contains("refused with 4").contains("claimNumber"));
    } finally {
      ((Logger) LoggerFactory.getLogger(RefusalsAreNotServerErrors.ENGINE_REST_EXCEPTIONS)).detachAppender(engineRest);
      ((Logger) LoggerFactory.getLogger(EngineRefusals.class)).detachAppender(refusals);
    }
  }

  private static ListAppender<ILoggingEvent> listen(String loggerName) {
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    ((Logger) LoggerFactory.getLogger(loggerName)).addAppender(appender);
    return appender;
  }

  private long count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }
}
