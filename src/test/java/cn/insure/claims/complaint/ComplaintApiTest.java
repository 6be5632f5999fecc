package cn.insure.claims.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.support.Http;

/** The complaints API as a channel system uses it. */
@ClaimsSpringBootTest
class ComplaintApiTest {

  static final String CHANNEL = Http.basic("channel", "channel");

  @LocalServerPort int port;
  @Autowired ObjectMapper objectMapper;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void aChannelSubmitsAComplaintAndGetsItsNumberUrgencyAndDueDates() throws Exception {
    HttpResponse<String> response = post(json(ComplaintFixtures.serviceComplaint()), null);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode body = objectMapper.readTree(response.body());
    String complaintNumber = body.get("complaintNumber").asText();
    assertThat(complaintNumber).matches("CMP-\\d{8}-\\d{6}");
    assertThat(response.headers().firstValue("Location")).hasValue("/api/complaints/" + complaintNumber);
    assertThat(body.get("urgency").asText()).isEqualTo("GENERAL");
    assertThat(body.get("category").asText()).isEqualTo("SERVICE");
    assertThat(body.get("acknowledgementDue").asText()).isNotBlank();
    assertThat(body.get("decisionDue").asText()).isNotBlank();
    assertThat(body.at("/stage/en").asText()).isEqualTo("Being handled");
  }

  @Test
  void aReSentRequestWithTheSameIdempotencyKeyReturnsTheFirstComplaint() throws Exception {
    String key = UUID.randomUUID().toString();
    String request = json(ComplaintFixtures.serviceComplaint());

    HttpResponse<String> first = post(request, key);
    HttpResponse<String> again = post(request, key);
    HttpResponse<String> changed = post(request.replace("客服电话长时间无人接听", "客服态度差"), key);

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(200);
    String complaintNumber = objectMapper.readTree(first.body()).get("complaintNumber").asText();
    assertThat(objectMapper.readTree(again.body()).get("complaintNumber").asText()).isEqualTo(complaintNumber);
    assertThat(changed.statusCode()).isEqualTo(422);
    assertThat(changed.body()).contains("idempotency-key-reused").contains(complaintNumber);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE idempotency_key = ?", Long.class, key)).isOne();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(complaintNumber).count())
        .isOne();
  }

  @Test
  void anUnknownPolicyOrClaimIsRefusedWith422AndLeavesNoTrace() throws Exception {
    long complaintsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Long.class);
    long instancesBefore = runtimeService.createProcessInstanceQuery().count();
    String request = json(ComplaintFixtures.serviceComplaint());

    HttpResponse<String> unknownPolicy = post(request.replace("P-MED-2026-000001", "P-MED-2026-999999"), null);
    HttpResponse<String> unknownClaim = post(json(ComplaintFixtures.claimComplaint("CLM-20260101-999999")), null);

    assertThat(unknownPolicy.statusCode()).isEqualTo(422);
    assertThat(unknownPolicy.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(unknownPolicy.body()).contains("P-MED-2026-999999").contains("policyNumber");
    assertThat(unknownClaim.statusCode()).isEqualTo(422);
    assertThat(unknownClaim.body()).contains("CLM-20260101-999999").contains("claimNumber");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Long.class)).isEqualTo(complaintsBefore);
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
  }

  @Test
  void invalidFieldsAreNamedWithWhatIsExpected() throws Exception {
    String request = json(ComplaintFixtures.serviceComplaint()).replace("13900139000", "12345")
        .replace("\"客服电话长时间无人接听\"", "\"\"");

    HttpResponse<String> response = post(request, null);

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode errors = objectMapper.readTree(response.body()).get("errors");
    assertThat(errors.findValuesAsText("field")).contains("complainant.phone", "subject");
    assertThat(response.body()).contains("11-digit mainland mobile number");
  }

  @Test
  void aComplainantWithoutPhoneOrEmailIsRefusedWith400() throws Exception {
    String request = json(ComplaintFixtures.serviceComplaint()).replace("\"13900139000\"", "null")
        .replace("\"lilei@example.com\"", "null");

    HttpResponse<String> response = post(request, null);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(objectMapper.readTree(response.body()).get("errors").findValuesAsText("field"))
        .contains("complainant.phone", "complainant.email");
  }

  @Test
  void malformedJsonUnknownFieldsAndWrongTypesAreRefusedWith400() {
    assertThat(post("{\"channel\": ", null).statusCode()).isEqualTo(400);

    HttpResponse<String> unknown = post("{\"channel\":\"ONLINE\",\"mood\":\"angry\"}", null);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("mood").contains("unknown field");

    HttpResponse<String> wrongEnum = post("{\"channel\":\"FAX\"}", null);
    assertThat(wrongEnum.statusCode()).isEqualTo(400);
    assertThat(wrongEnum.body()).contains("channel").contains("ONSITE");

    HttpResponse<String> wrongType = post("{\"channel\":\"ONLINE\",\"complainantCount\":\"many\"}", null);
    assertThat(wrongType.statusCode()).isEqualTo(400);
    assertThat(wrongType.body()).contains("complainantCount").contains("a number");
  }

  @Test
  void theComplaintShowsItsStageAndClockAndMasksPersonalData() throws Exception {
    String complaintNumber = submitted(json(ComplaintFixtures.serviceComplaint()));

    HttpResponse<String> response = http.get("/api/complaints/" + complaintNumber, "Authorization", CHANNEL);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode complaint = objectMapper.readTree(response.body());
    assertThat(complaint.at("/stage/zh").asText()).isEqualTo("处理中");
    assertThat(complaint.at("/complainant/phone").asText()).isEqualTo("139****9000");
    assertThat(complaint.at("/complainant/email").asText()).isEqualTo("l****@example.com");
    assertThat(complaint.at("/dueDates/decisionDue").asText()).isNotBlank();
    assertThat(complaint.get("letters").findValuesAsText("kind")).containsExactly("ACKNOWLEDGEMENT");
    assertThat(complaint.get("timeline").findValuesAsText("type")).contains("RECEIVED", "LETTER_SENT")
        .doesNotContain("TRIAGED");
    assertThat(response.body()).doesNotContain("13900139000").doesNotContain("lilei@example.com");

    JsonNode staff = objectMapper.readTree(http.get("/api/complaints/" + complaintNumber, "Authorization",
        Http.basic("zhaolei", "zhaolei")).body());
    assertThat(staff.at("/handlingGroup").asText()).isEqualTo("complaints-officers");
    assertThat(staff.at("/escalation/escalated").asBoolean()).isFalse();
    assertThat(staff.get("timeline").findValuesAsText("type")).contains("RECEIVED", "TRIAGED", "LETTER_SENT");
    assertThat(staff.toString()).doesNotContain("13900139000").doesNotContain("lilei@example.com");
  }

  @Test
  void anUnknownComplaintIs404() {
    HttpResponse<String> response = http.get("/api/complaints/CMP-20260101-999999", "Authorization", CHANNEL);
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("CMP-20260101-999999");
    assertThat(http.postJson("/api/complaints/CMP-20260101-999999/feedback", "{\"satisfied\":true}",
        "Authorization", CHANNEL).statusCode()).isEqualTo(404);
  }

  @Test
  void feedbackIsTakenOnceAfterTheResultAndNotBefore() throws Exception {
    String complaintNumber = submitted(json(ComplaintFixtures.serviceComplaint()));
    String feedback = "{\"satisfied\":false,\"comment\":\"补偿太少\"}";

    assertThat(postFeedback(complaintNumber, feedback).statusCode()).isEqualTo(409);
    assertThat(postFeedback(complaintNumber, "{\"comment\":\"没说满不满意\"}").statusCode()).isEqualTo(400);

    Task handling = taskService.createTaskQuery().processInstanceBusinessKey(complaintNumber).singleResult();
    taskService.claim(handling.getId(), "zhaolei");
    taskService.complete(handling.getId(), Map.of("resolved", true, "resolution", "已回电致歉并补偿话费"));

    HttpResponse<String> accepted = postFeedback(complaintNumber, feedback);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    JsonNode complaint = objectMapper.readTree(accepted.body());
    assertThat(complaint.at("/status").asText()).isEqualTo("IN_REVIEW");
    assertThat(complaint.at("/feedback/satisfied").asBoolean()).isFalse();
    assertThat(complaint.at("/stage/en").asText()).isEqualTo("Under review one level up");
    assertThat(postFeedback(complaintNumber, "{\"satisfied\":true}").statusCode()).isEqualTo(409);
  }

  @Test
  void aProcessAnalystMayNotSubmitOrReadComplaints() throws Exception {
    String analyst = Http.basic("huangwei", "huangwei");
    assertThat(http.postJson("/api/complaints", json(ComplaintFixtures.serviceComplaint()), "Authorization", analyst)
        .statusCode()).isEqualTo(403);
    String complaintNumber = submitted(json(ComplaintFixtures.serviceComplaint()));
    assertThat(http.get("/api/complaints/" + complaintNumber, "Authorization", analyst).statusCode()).isEqualTo(403);
    assertThat(http.get("/api/complaints/" + complaintNumber, "Authorization", Http.basic("sunli", "sunli"))
        .statusCode()).isEqualTo(200);
    assertThat(http.get("/api/complaints/" + complaintNumber).statusCode()).isEqualTo(401);
  }

  private String submitted(String json) throws Exception {
    HttpResponse<String> response = post(json, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return objectMapper.readTree(response.body()).get("complaintNumber").asText();
  }

  private HttpResponse<String> postFeedback(String complaintNumber, String json) {
    return http.postJson("/api/complaints/" + complaintNumber + "/feedback", json, "Authorization", CHANNEL);
  }

  private HttpResponse<String> post(String json, String idempotencyKey) {
    return idempotencyKey == null ? http.postJson("/api/complaints", json, "Authorization", CHANNEL)
        : http.postJson("/api/complaints", json, "Authorization", CHANNEL, "Idempotency-Key", idempotencyKey);
  }

  private String json(Object value) throws Exception {
    return objectMapper.writeValueAsString(value);
  }
}
