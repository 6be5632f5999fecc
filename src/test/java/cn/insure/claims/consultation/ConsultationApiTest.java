package cn.insure.claims.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.consultation.process.ConsultationHandlingProcess;
import cn.insure.claims.support.Http;

/** The consultations API as channel systems and staff use it, with the claims API's standards. */
@ClaimsSpringBootTest
class ConsultationApiTest {

  static final String CHANNEL = Http.basic("channel", "channel");
  /** A second channel system (a partner's app), which must not see the first one's consultations. */
  static final String OTHER_CHANNEL = Http.basic("partnerapp", "partnerapp");

  @LocalServerPort int port;
  @Autowired ObjectMapper objectMapper;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
    if (identityService.createUserQuery().userId("partnerapp").count() == 0) {
      User user = identityService.newUser("partnerapp");
      user.setFirstName("合作方App");
      user.setPassword("partnerapp");
      identityService.saveUser(user);
      identityService.createMembership("partnerapp", "channel-systems");
    }
  }

  @Test
  void aChannelSubmitsAConsultationAndGetsItsNumberAndFirstResponseDue() throws Exception {
    HttpResponse<String> response = post(json(ConsultationFixtures.coverageQuestion()), null, CHANNEL);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode body = objectMapper.readTree(response.body());
    String number = body.get("consultationNumber").asText();
    assertThat(number).matches("CON-\\d{8}-\\d{6}");
    assertThat(response.headers().firstValue("Location")).hasValue("/api/consultations/" + number);
    assertThat(body.get("status").asText()).isEqualTo("RECEIVED");
    assertThat(body.get("firstResponseDue").asText()).isNotBlank();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ConsultationHandlingProcess.KEY)
        .processInstanceBusinessKey(number).count()).isOne();
  }

  @Test
  void aReSentRequestWithTheSameIdempotencyKeyReturnsTheFirstConsultation() throws Exception {
    String key = UUID.randomUUID().toString();
    String request = json(ConsultationFixtures.coverageQuestion());

    HttpResponse<String> first = post(request, key, CHANNEL);
    HttpResponse<String> again = post(request, key, CHANNEL);
    HttpResponse<String> changed = post(request.replace("日间手术", "牙科治疗"), key, CHANNEL);

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(200);
    String number = objectMapper.readTree(first.body()).get("consultationNumber").asText();
    assertThat(objectMapper.readTree(again.body()).get("consultationNumber").asText()).isEqualTo(number);
    assertThat(changed.statusCode()).isEqualTo(422);
    assertThat(changed.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(changed.body()).contains("idempotency-key-reused").contains(number);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consultation WHERE idempotency_key = ?", Long.class, key))
        .isOne();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).count()).isOne();
  }

  @Test
  void invalidFieldsAreNamedAndTheRefusedRequestLeavesNothing() throws Exception {
    long consultationsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM consultation", Long.class);
    long instancesBefore = runtimeService.createProcessInstanceQuery().count();
    String request = json(ConsultationFixtures.coverageQuestion()).replace("13800138000", "12345")
        .replace("\"POLICY\"", "\"WEATHER\"");

    HttpResponse<String> badTopic = post(request, null, CHANNEL);
    HttpResponse<String> badPhone = post(json(ConsultationFixtures.coverageQuestion()).replace("13800138000", "12345")
        .replace("\"P-MED-2026-000001\"", "\"POLICY-1\""), null, CHANNEL);
    HttpResponse<String> notJson = post("{\"channel\":", null, CHANNEL);

    assertThat(badTopic.statusCode()).isEqualTo(400);
    assertThat(badTopic.body()).contains("topic");
    assertThat(badPhone.statusCode()).isEqualTo(400);
    assertThat(objectMapper.readTree(badPhone.body()).get("errors").findValuesAsText("field"))
        .contains("customer.phone", "policyNumber");
    assertThat(badPhone.body()).contains("11-digit mainland mobile number").doesNotContain("12345\"");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consultation", Long.class)).isEqualTo(consultationsBefore);
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
  }

  @Test
  void theSubmittingChannelSeesTheCustomerViewAnotherChannelSeesNothing() throws Exception {
    String number = submitted(ConsultationFixtures.coverageQuestion());

    HttpResponse<String> own = http.get("/api/consultations/" + number, "Authorization", CHANNEL);
    HttpResponse<String> other = http.get("/api/consultations/" + number, "Authorization", OTHER_CHANNEL);
    HttpResponse<String> unknown = http.get("/api/consultations/CON-20260101-999999", "Authorization", OTHER_CHANNEL);

    assertThat(own.statusCode()).isEqualTo(200);
    JsonNode view = objectMapper.readTree(own.body());
    assertThat(view.get("consultationNumber").asText()).isEqualTo(number);
    assertThat(view.get("statusText").asText()).contains("Received");
    assertThat(view.has("staff")).isFalse();
    assertThat(own.body()).doesNotContain("13800138000");
    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(other.body()).isEqualTo(unknown.body().replace("CON-20260101-999999", number));
  }

  @Test
  void staffSeeTheStaffViewWithThePhoneNumberMasked() throws Exception {
    String number = submitted(ConsultationFixtures.coverageQuestion());

    HttpResponse<String> response = http.get("/api/consultations/" + number, "Authorization",
        Http.basic("gaojing", "gaojing"));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode staff = objectMapper.readTree(response.body()).get("staff");
    assertThat(staff.get("customerPhone").asText()).isEqualTo("138****8000");
    assertThat(staff.get("submittedBy").asText()).isEqualTo("channel");
    assertThat(staff.get("activeSteps").toString()).contains("answerConsultation");
    assertThat(response.body()).doesNotContain("13800138000");
  }

  @Test
  void onlyChannelsAndCustomerServiceSubmitAndOnlyTheirReadersRead() throws Exception {
    String analyst = Http.basic("huangwei", "huangwei");
    assertThat(post(json(ConsultationFixtures.coverageQuestion()), null, analyst).statusCode()).isEqualTo(403);
    assertThat(post(json(ConsultationFixtures.coverageQuestion()), null, Http.basic("gaojing", "gaojing"))
        .statusCode()).isEqualTo(201);
    String number = submitted(ConsultationFixtures.coverageQuestion());
    assertThat(http.get("/api/consultations/" + number, "Authorization", Http.basic("zhangwei", "zhangwei"))
        .statusCode()).isEqualTo(403);
    assertThat(http.get("/api/consultations/" + number, "Authorization", Http.basic("majun", "majun"))
        .statusCode()).isEqualTo(200);
    assertThat(http.get("/api/consultations/" + number).statusCode()).isEqualTo(401);
  }

  private String submitted(ConsultationSubmission submission) throws Exception {
    HttpResponse<String> response = post(json(submission), null, CHANNEL);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return objectMapper.readTree(response.body()).get("consultationNumber").asText();
  }

  private HttpResponse<String> post(String json, String idempotencyKey, String authorization) {
    return idempotencyKey == null ? http.postJson("/api/consultations", json, "Authorization", authorization)
        : http.postJson("/api/consultations", json, "Authorization", authorization, "Idempotency-Key", idempotencyKey);
  }

  private String json(Object value) throws Exception {
    return objectMapper.writeValueAsString(value);
  }
}
