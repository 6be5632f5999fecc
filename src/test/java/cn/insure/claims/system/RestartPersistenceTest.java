package cn.insure.claims.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import cn.insure.claims.ClaimsApplication;
import cn.insure.claims.support.Http;

/**
 * Starts the application as production would (no demo profile, job executor on, a file
 * database), stops it and starts it again. Under {@code -Ppostgres} the database is PostgreSQL
 * (a database of its own, dropped and recreated before the run by {@code .ci/start-postgres}).
 */
class RestartPersistenceTest {

  @TempDir
  Path dataDir;

  @Test
  void aRestartKeepsDefinitionsInstancesAndTheRoleModelAndCreatesNoDemoUsers() {
    String instanceId;
    long authorizations;
    long filters;
    try (ConfigurableApplicationContext first = start()) {
      ProcessEngine engine = first.getBean(ProcessEngine.class);
      BpmnModelInstance model = Bpmn.createExecutableProcess("restartProbe").camundaHistoryTimeToLive(1)
          .startEvent("probeStarted").userTask("waitForRestart").camundaCandidateGroups("claims-specialists")
          .endEvent("probeEnded").done();
      engine.getRepositoryService().createDeployment().name("restart-probe")
          .addModelInstance("restart-probe.bpmn", model).deploy();
      ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("restartProbe", "PROBE-1");
      instanceId = instance.getId();
      authorizations = engine.getAuthorizationService().createAuthorizationQuery().count();
      filters = engine.getFilterService().createFilterQuery().count();

      IdentityService identity = engine.getIdentityService();
      assertThat(identity.createUserQuery().userId("zhangwei").count()).as("demo users outside demo").isZero();
      assertThat(identity.createUserQuery().userId("opsadmin").memberOfGroup("camunda-admin").count()).isOne();
      assertThat(identity.checkPassword("demo", "demo")).isFalse();
      assertHealthy(first);
    }

    try (ConfigurableApplicationContext second = start()) {
      ProcessEngine engine = second.getBean(ProcessEngine.class);
      assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("restartProbe")
          .count()).isOne();
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).singleResult())
          .isNotNull()
          .extracting(ProcessInstance::getBusinessKey).isEqualTo("PROBE-1");
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult().getTaskDefinitionKey())
          .isEqualTo("waitForRestart");
      AuthorizationService authorizationService = engine.getAuthorizationService();
      FilterService filterService = engine.getFilterService();
      assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
      assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
      engine.getRuntimeService().deleteProcessInstance(instanceId, "restart test done");
    }
  }

  private void assertHealthy(ConfigurableApplicationContext context) {
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    HttpResponse<String> health = new Http(port).get("/actuator/health", "Authorization", Http.basic("opsadmin", "s3cret-Admin"));
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"db\"").contains("\"processEngine\"")
        .contains("\"jobExecutor\"");
  }

  private ConfigurableApplicationContext start() {
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--claims.admin.user-id=opsadmin",
        "--claims.admin.password=s3cret-Admin", "--camunda.bpm.job-execution.enabled=true",
        // An engine name of its own: closing this context must not unregister the shared test
        // context's "default" engine, which the engine REST API of the other tests looks up by name.
        "--camunda.bpm.process-engine-name=restartProbe",
        // The webapps keep static state per JVM; the shared test context's Tasklist and Cockpit own it.
        "--camunda.bpm.webapp.enabled=false",
        // Production adapters need their servers configured; nothing is sent in this test.
        "--spring.mail.host=localhost", "--claims.notification.email.from=claims@insure.cn",
        "--claims.notification.sms.http.url=http://localhost:9/sms", "--claims.notification.sms.http.api-key=unused",
        // Nothing is paid in this test; a production start must name the simulated bank explicitly.
        "--claims.payment.gateway=simulated",
        "--claims.archive.location=" + dataDir.resolve("archive")));
    // A database of its own, empty at the start: a file H2 database, or under -Ppostgres the
    // separate PostgreSQL database .ci/start-postgres creates for this test.
    String isolatedUrl = System.getProperty("claims.test.isolated-db.url");
    if (isolatedUrl == null) {
      args.add("--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("claims") + ";DB_CLOSE_ON_EXIT=FALSE");
    } else {
      args.add("--spring.datasource.url=" + isolatedUrl);
    }
    return new SpringApplicationBuilder(ClaimsApplication.class).run(args.toArray(String[]::new));
  }
}
