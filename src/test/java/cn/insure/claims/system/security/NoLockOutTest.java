package cn.insure.claims.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.support.Http;

/** Issue 13 §1: failed logins slow the guesser down, nobody is locked out. */
@ClaimsSpringBootTest
class NoLockOutTest {

  @LocalServerPort
  int port;

  @Autowired
  LoginThrottle throttle;

  @Autowired
  IdentityService identityService;

  Http http;

  @BeforeEach
  void cleanThrottle() {
    throttle.forgetAll();
    http = new Http(port);
  }

  @AfterEach
  void leaveNoWaitForOtherTests() {
    throttle.forgetAll();
  }

  @Test
  void aGuesserOnTheApiGets429WithRetryAfterAndTheRealUserGetsInWhenTheWaitIsOver() throws Exception {
    for (int i = 0; i < 6; i++) {
      assertThat(http.get("/api/claims", "Authorization", Http.basic("zhoumin", "guess" + i)).statusCode())
          .isEqualTo(401);
    }
    HttpResponse<String> throttled = http.get("/engine-rest/engine", "Authorization", Http.basic("zhoumin", "zhoumin"));

    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(throttled.headers().firstValue("Retry-After")).contains("1");
    assertThat(throttled.headers().firstValue("Content-Type")).hasValueSatisfying(
        v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(throttled.body()).contains("\"status\":429").contains("too-many-login-attempts");

    Thread.sleep(1100);
    assertThat(http.get("/engine-rest/engine", "Authorization", Http.basic("zhoumin", "zhoumin")).statusCode())
        .isEqualTo(200);
  }

  @Test
  void theWebappLoginIsThrottledTheSameWay() throws Exception {
    for (int i = 0; i < 6; i++) {
      assertThat(http.webappLogin("tasklist", "lina", "guess" + i).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> throttled = http.webappLogin("tasklist", "lina", "lina");
    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
    assertThat(throttled.body()).contains("too-many-login-attempts");

    Thread.sleep(1100);
    assertThat(http.webappLogin("tasklist", "lina", "lina").statusCode()).isEqualTo(200);
  }

  @Test
  void theEngineNoLongerLocksAnAccountAfterManyWrongPasswords() {
    for (int i = 0; i < 15; i++) {
      assertThat(identityService.checkPassword("wangfang", "guess" + i)).isFalse();
    }
    assertThat(identityService.checkPassword("wangfang", "wangfang")).isTrue();
  }

  @Test
  void camundasFirstAdministratorSetupIsNeverReachable() {
    http.get("/camunda/app/admin/default/");
    String csrf = http.cookie("XSRF-TOKEN");
    for (String path : new String[] {"/camunda/api/admin/setup/default/user/create",
        "/camunda//api/admin/setup/default/user/create", "/camunda/api/admin/./setup/default/user/create",
        "/camunda/API/admin/SETUP/default/user/create"}) {
      HttpResponse<String> response = http.postJson(path,
          "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"I\"},\"credentials\":{\"password\":\"x1234567890\"}}",
          "X-XSRF-TOKEN", csrf == null ? "" : csrf);
      assertThat(response.statusCode()).as(path).isIn(400, 404);
    }
    assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    assertThat(http.get("/camunda/api/admin/setup/default/user/create").statusCode()).isEqualTo(404);
  }
}
