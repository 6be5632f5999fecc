package cn.insure.claims.system.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

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
import cn.insure.claims.claim.ClaimFixtures;
import cn.insure.claims.support.Http;

/**
 * Seed 003 §8 (secrecy): every time staff read a customer's case — its staff view, a list, a
 * document, or its process variables in a Tasklist form or Cockpit — the system records who, when
 * and which case, and an administrator can list it. The customer's own channel reading its case is
 * not a staff read.
 */
@ClaimsSpringBootTest
class StaffReadsOfPersonalDataAreRecordedTest {

  static final String CHANNEL = Http.basic("channel", "channel");
  static final String SPECIALIST = Http.basic("zhangwei", "zhangwei");
  static final String FINANCE = Http.basic("liuyang", "liuyang");
  static final String ADMIN = Http.basic("demo", "demo");

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
  void aSpecialistReadingAClaimAndOpeningItsFormLeavesATraceTheChannelDoesNot() throws Exception {
    String claimNumber = submitted();
    http.get("/api/claims/" + claimNumber, "Authorization", CHANNEL);
    assertThat(readsOf(claimNumber)).isEmpty();

    assertThat(http.get("/api/claims/" + claimNumber, "Authorization", SPECIALIST).statusCode()).isEqualTo(200);
    Task firstReview = taskService.createTaskQuery().processInstanceBusinessKey(claimNumber)
        .taskDefinitionKey("firstReview").singleResult();
    assertThat(http.get("/engine-rest/task/" + firstReview.getId() + "/form-variables", "Authorization", SPECIALIST)
        .statusCode()).isEqualTo(200);

    assertThat(readsOf(claimNumber)).containsExactlyInAnyOrder("zhangwei API_VIEW claimHandling",
        "zhangwei PROCESS_VARIABLES claimHandling");
  }

  @Test
  void listsAndDocumentDownloadsAreReadsOfEveryCaseShown() throws Exception {
    String claimNumber = submitted();
    String documentId = jdbc.queryForObject("select min(document_id) from claim_document where claim_number = ?",
        String.class, claimNumber);

    http.get("/api/claims?size=5", "Authorization", FINANCE);
    assertThat(http.get("/api/claims/" + claimNumber + "/documents/" + documentId, "Authorization", FINANCE)
        .statusCode()).isEqualTo(200);

    assertThat(readsOf(claimNumber)).contains("liuyang LIST claimHandling", "liuyang DOCUMENT claimHandling");
  }

  @Test
  void anAdministratorListsWhoReadACaseAndNobodyElseCan() throws Exception {
    String claimNumber = submitted();
    http.get("/api/claims/" + claimNumber, "Authorization", SPECIALIST);
    http.get("/api/claims/" + claimNumber, "Authorization", FINANCE);

    HttpResponse<String> list = http.get("/api/audit/personal-data-reads?caseNumber=" + claimNumber,
        "Authorization", ADMIN);
    HttpResponse<String> byUser = http.get("/api/audit/personal-data-reads?userId=liuyang&caseNumber=" + claimNumber,
        "Authorization", ADMIN);

    assertThat(list.statusCode()).isEqualTo(200);
    JsonNode page = objectMapper.readTree(list.body());
    assertThat(page.get("totalItems").asLong()).isEqualTo(2);
    assertThat(page.get("items").findValuesAsText("userId")).containsExactly("liuyang", "zhangwei");
    assertThat(page.get("items").findValuesAsText("caseNumber")).containsOnly(claimNumber);
    assertThat(page.at("/items/0/readAt").asText()).isNotBlank();
    assertThat(objectMapper.readTree(byUser.body()).get("items").findValuesAsText("userId")).containsExactly("liuyang");
    assertThat(http.get("/api/audit/personal-data-reads", "Authorization", SPECIALIST).statusCode()).isEqualTo(403);
    assertThat(http.get("/api/audit/personal-data-reads", "Authorization", CHANNEL).statusCode()).isEqualTo(403);
    HttpResponse<String> badTime = http.get("/api/audit/personal-data-reads?from=yesterday", "Authorization", ADMIN);
    assertThat(badTime.statusCode()).isEqualTo(400);
    assertThat(badTime.body()).contains("from");
  }

  private String submitted() throws Exception {
    HttpResponse<String> response = http.postJson("/api/claims",
        objectMapper.writeValueAsString(ClaimFixtures.medicalClaimWithAllDocuments()), "Authorization", CHANNEL);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return objectMapper.readTree(response.body()).get("claimNumber").asText();
  }

  private List<String> readsOf(String caseNumber) {
    return jdbc.queryForList("select user_id, access, process_key from personal_data_read where case_number = ?",
        caseNumber).stream().map(Map.class::cast)
        .map(row -> row.get("user_id") + " " + row.get("access") + " " + row.get("process_key")).toList();
  }
}
