package cn.insure.claims.catastrophe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.numbering.CaseNumbers;
import cn.insure.claims.support.Http;

/** {@code /api/catastrophes} as a claims manager and the channel systems use it. */
@ClaimsSpringBootTest
class CatastropheApiTest {

  static final String MANAGER = Http.basic("chenjie", "chenjie");
  static final String CHANNEL = Http.basic("channel", "channel");

  @LocalServerPort int port;
  @Autowired ObjectMapper objectMapper;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired CatastropheService catastrophes;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @AfterEach
  void closeEventsLeftOpen() {
    for (CatastropheEvent event : catastrophes.list(CatastropheEvent.Status.OPEN)) {
      runEventJobs(event.eventId());
      catastrophes.close(event.eventId(), "chenjie", "测试结束 Test over");
    }
  }

  @Test
  void aManagerDeclaresAnEventAndWhatIsLeftOutTakesTheDefaults() throws Exception {
    HttpResponse<String> response = declare("""
        { "name": "2026年第18号台风", "regionCodes": ["445100"], "lossFrom": "%s", "lossTo": "%s" }
        """.formatted(today().minusDays(1), today().plusDays(5)), MANAGER);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode event = objectMapper.readTree(response.body());
    String eventId = event.get("eventId").asText();
    assertThat(eventId).matches("CAT-\\d{8}-\\d{6}");
    assertThat(response.headers().firstValue("Location")).hasValue("/api/catastrophes/" + eventId);
    assertThat(event.get("status").asText()).isEqualTo("OPEN");
    assertThat(event.get("grade").asText()).isEqualTo("MAJOR");
    assertThat(event.get("gradeName").asText()).isEqualTo("重大");
    assertThat(objectMapper.convertValue(event.get("perils"), List.class))
        .containsExactlyInAnyOrder("TYPHOON", "FLOOD", "RAINSTORM");
    assertThat(event.get("fastTrackLimit").decimalValue()).isEqualByComparingTo("10000");
    assertThat(event.get("autoSettlementLimit").decimalValue()).isEqualByComparingTo("3000");
    assertThat(event.get("advancePaymentShare").decimalValue()).isEqualByComparingTo("0.3");
    assertThat(event.get("declaredBy").asText()).isEqualTo("chenjie");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("catastropheEvent")
        .processInstanceBusinessKey(eventId).count()).isOne();

    JsonNode open = objectMapper.readTree(http.get("/api/catastrophes?status=OPEN", "Authorization", CHANNEL).body());
    assertThat(open.get("items").findValuesAsText("eventId")).contains(eventId);
    assertThat(open.get("items").findValuesAsText("status")).containsOnly("OPEN");
    assertThat(http.get("/api/catastrophes/" + eventId, "Authorization", CHANNEL).statusCode()).isEqualTo(200);
  }

  @Test
  void aManagerClosesAnEventAndGetsItsReportOnce() throws Exception {
    String eventId = objectMapper.readTree(declare("""
        { "name": "2026年潮州暴雨", "grade": "SIGNIFICANT", "regionCodes": ["445102"], "perils": ["RAINSTORM"],
          "lossFrom": "%s", "lossTo": "%s", "fastTrackLimit": 20000, "autoSettlementLimit": 5000,
          "advancePaymentShare": 0.5 }
        """.formatted(today().minusDays(1), today().plusDays(2)), MANAGER).body()).get("eventId").asText();

    HttpResponse<String> tooEarly = close(eventId, "{\"reason\":\"应急响应解除\"}");
    assertThat(tooEarly.statusCode()).isEqualTo(409);
    assertThat(tooEarly.body()).contains("still switching running claims");

    runEventJobs(eventId);
    HttpResponse<String> closed = close(eventId, "{\"reason\":\"应急响应解除\"}");

    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
    JsonNode event = objectMapper.readTree(closed.body());
    assertThat(event.get("status").asText()).isEqualTo("CLOSED");
    assertThat(event.get("closedBy").asText()).isEqualTo("chenjie");
    assertThat(event.get("closeReason").asText()).isEqualTo("应急响应解除");
    assertThat(event.at("/report/claimsReceived").asInt()).isZero();
    assertThat(event.at("/report/targetMet").asBoolean()).isTrue();
    JsonNode closedEvents = objectMapper.readTree(http.get("/api/catastrophes?status=CLOSED", "Authorization",
        MANAGER).body());
    assertThat(closedEvents.get("items").findValuesAsText("eventId")).contains(eventId);

    HttpResponse<String> again = close(eventId, "");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
  }

  @Test
  void aDeclarationWithBadFieldsIsRefusedNamingEachField() throws Exception {
    HttpResponse<String> invalid = declare("""
        { "name": "", "regionCodes": ["4403"], "perils": ["TSUNAMI"], "lossFrom": "%s", "lossTo": "%s" }
        """.formatted(today(), today()), MANAGER);
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.body()).contains("perils").contains("TYPHOON");

    HttpResponse<String> fields = declare("""
        { "name": "", "regionCodes": ["4403"], "lossFrom": "%s", "lossTo": "%s", "advancePaymentShare": 1.5 }
        """.formatted(today(), today()), MANAGER);
    assertThat(fields.statusCode()).isEqualTo(400);
    assertThat(objectMapper.readTree(fields.body()).get("errors").findValuesAsText("field"))
        .contains("name", "regionCodes[0]", "advancePaymentShare");

    HttpResponse<String> inconsistent = declare("""
        { "name": "倒置的期间", "regionCodes": ["445103"], "lossFrom": "%s", "lossTo": "%s",
          "fastTrackLimit": 2000, "autoSettlementLimit": 3000 }
        """.formatted(today().plusDays(3), today().plusDays(1)), MANAGER);
    assertThat(inconsistent.statusCode()).isEqualTo(400);
    assertThat(objectMapper.readTree(inconsistent.body()).get("errors").findValuesAsText("field"))
        .containsExactly("lossTo", "autoSettlementLimit");

    HttpResponse<String> over = declare("""
        { "name": "已过去的台风", "regionCodes": ["445103"], "lossFrom": "%s", "lossTo": "%s" }
        """.formatted(today().minusDays(20), today().minusDays(10)), MANAGER);
    assertThat(over.statusCode()).isEqualTo(422);
    assertThat(over.body()).contains("lossTo");
  }

  @Test
  void onlyManagersDeclareAndCloseAndAnUnknownEventIs404() {
    String body = """
        { "name": "渠道不可宣布", "regionCodes": ["445104"], "lossFrom": "%s", "lossTo": "%s" }
        """.formatted(today(), today().plusDays(1));
    assertThat(declare(body, CHANNEL).statusCode()).isEqualTo(403);
    assertThat(declare(body, Http.basic("zhangwei", "zhangwei")).statusCode()).isEqualTo(403);
    assertThat(http.postJson("/api/catastrophes", body).statusCode()).isEqualTo(401);
    assertThat(http.get("/api/catastrophes", "Authorization", Http.basic("huangwei", "huangwei")).statusCode())
        .isEqualTo(403);
    assertThat(http.get("/api/catastrophes?status=SOMETIMES", "Authorization", CHANNEL).statusCode()).isEqualTo(400);
    assertThat(http.get("/api/catastrophes/CAT-20260101-999999", "Authorization", CHANNEL).statusCode())
        .isEqualTo(404);
    assertThat(http.postJson("/api/catastrophes/CAT-20260101-999999/close", "{}", "Authorization", MANAGER)
        .statusCode()).isEqualTo(404);
    assertThat(http.postJson("/api/catastrophes/CAT-20260101-999999/close", "{}", "Authorization", CHANNEL)
        .statusCode()).isEqualTo(403);
  }

  private HttpResponse<String> declare(String json, String authorization) {
    return http.postJson("/api/catastrophes", json, "Authorization", authorization);
  }

  private HttpResponse<String> close(String eventId, String json) {
    return http.postJson("/api/catastrophes/" + eventId + "/close", json, "Authorization", MANAGER);
  }

  private void runEventJobs(String eventId) {
    ProcessInstance event = runtimeService.createProcessInstanceQuery().processDefinitionKey("catastropheEvent")
        .processInstanceBusinessKey(eventId).singleResult();
    if (event == null) {
      return;
    }
    List<Job> due;
    while (!(due = managementService.createJobQuery().processInstanceId(event.getId()).executable().list()).isEmpty()) {
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  private static LocalDate today() {
    return LocalDate.now(CaseNumbers.BUSINESS_ZONE);
  }
}
