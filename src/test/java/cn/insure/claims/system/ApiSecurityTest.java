package cn.insure.claims.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.support.Http;

@ClaimsSpringBootTest
class ApiSecurityTest {

  @LocalServerPort
  int port;

  Http http;

  @BeforeEach
  void newClient() {
    http = new Http(port);
  }

  @Test
  void engineRestRefusesCallersWithoutCredentialsWithAProblemDetail() {
    HttpResponse<String> response = http.get("/engine-rest/engine");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"status\":401").contains("HTTP Basic");
  }

  @Test
  void engineRestAnswersAnAuthenticatedUser() {
    HttpResponse<String> response = http.get("/engine-rest/engine", "Authorization", Http.basic("demo", "demo"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"name\":\"default\"");
  }

  @Test
  void aWrongPasswordIsRefused() {
    // Failed logins count towards that user's login throttle (LoginThrottle), so this test uses a
    // user few other tests log in as.
    assertThat(http.get("/engine-rest/engine", "Authorization", Http.basic("zhoumin", "guess")).statusCode())
        .isEqualTo(401);
    assertThat(http.get("/engine-rest/engine", "Authorization", Http.basic("nobody", "nobody")).statusCode())
        .isEqualTo(401);
  }

  @Test
  void applicationApiRequiresAuthentication() {
    assertThat(http.get("/api/policies").statusCode()).isEqualTo(401);
  }

  @Test
  void aClaimsSpecialistCannotDeployModels() {
    HttpResponse<String> response = deploy("zhangwei");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("CREATE").contains("Deployment");
  }

  @Test
  void aProcessAnalystCanDeployModels() {
    HttpResponse<String> response = deploy("huangwei");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("analyst-smoke-test");
  }

  @Test
  void engineAuthorizationsApplyToRestCallers() {
    deploy("huangwei");

    // The analyst who may read deployments sees them; a specialist's query is filtered to nothing.
    assertThat(http.get("/engine-rest/deployment/count", "Authorization", Http.basic("huangwei", "huangwei")).body())
        .doesNotContain("\"count\":0");
    assertThat(http.get("/engine-rest/deployment/count", "Authorization", Http.basic("zhangwei", "zhangwei")).body())
        .contains("\"count\":0");
  }

  @Test
  void aClaimsSpecialistCannotOpenCockpitButCanOpenTasklist() {
    // The same credentials open Tasklist, so the refusal is about Cockpit, not the password.
    assertThat(http.webappLogin("cockpit", "zhangwei", "zhangwei").statusCode()).isIn(401, 403);
    assertThat(new Http(port).webappLogin("tasklist", "zhangwei", "zhangwei").statusCode()).isEqualTo(200);
  }

  @Test
  void managersAndAdministratorsOpenCockpit() {
    assertThat(http.webappLogin("cockpit", "chenjie", "chenjie").statusCode()).isEqualTo(200);
    assertThat(new Http(port).webappLogin("cockpit", "demo", "demo").statusCode()).isEqualTo(200);
  }

  @Test
  void webappsKeepTheirCsrfProtection() {
    http.get("/camunda/app/tasklist/default/");
    HttpResponse<String> withoutToken = http.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
        java.util.Map.of("username", "zhangwei", "password", "zhangwei"));

    assertThat(withoutToken.statusCode()).isEqualTo(403);
  }

  @Test
  void healthIsPublicButMetricsAreForAdministrators() {
    assertThat(http.get("/actuator/health").statusCode()).isIn(200, 503);
    assertThat(http.get("/actuator/metrics").statusCode()).isEqualTo(401);
    assertThat(http.get("/actuator/metrics", "Authorization", Http.basic("zhangwei", "zhangwei")).statusCode())
        .isEqualTo(403);
    assertThat(http.get("/actuator/metrics", "Authorization", Http.basic("demo", "demo")).statusCode())
        .isEqualTo(200);
  }

  /**
   * A node is healthy only once it is ready: until its start-up runners have run (role model, grants,
   * the job executor's deployments) a load balancer must not send it requests it would refuse.
   */
  @Test
  void aNodeThatIsNotReadyIsNotHealthy(@Autowired ApplicationContext context) {
    AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
    try {
      HttpResponse<String> notReady = http.get("/actuator/health");

      assertThat(notReady.statusCode()).isEqualTo(503);
      assertThat(notReady.body()).contains("OUT_OF_SERVICE");
    } finally {
      AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }
    assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> deploy(String user) {
    String boundary = "----claims" + System.nanoTime();
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="analystSmokeTestDefinitions"
            targetNamespace="http://insure.cn/test">
          <bpmn:process id="analystSmokeTest" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="started"/>
          </bpmn:process>
        </bpmn:definitions>
        """;
    String body = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\nanalyst-smoke-test\r\n"
        + "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"data\"; filename=\"analyst-smoke-test.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n"
        + "--" + boundary + "--\r\n";
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)),
        "Authorization", Http.basic(user, user));
  }
}
