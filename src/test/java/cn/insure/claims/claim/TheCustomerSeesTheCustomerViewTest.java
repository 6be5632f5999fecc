package cn.insure.claims.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.support.Http;

/**
 * Two views of one claim: the channel (and so the customer) sees where the claim stands, the decision
 * and the letter written for them, payments, due dates and documents; staff also see who decided what,
 * the internal judgement (fraud suspicion) and comments. Checked field by field.
 */
@ClaimsSpringBootTest
class TheCustomerSeesTheCustomerViewTest {

  static final String CHANNEL = Http.basic("channel", "channel");
  static final String SPECIALIST = Http.basic("zhangwei", "zhangwei");

  /** Every field the customer view may carry (null fields are left out of the JSON). */
  static final Set<String> CUSTOMER_FIELDS = Set.of("claimNumber", "policyNumber", "productLine", "claimType",
      "channel", "status", "stage", "greenChannel", "claimant", "loss", "claimedAmount", "missingDocuments",
      "decision", "payments", "dueDates", "documents", "timeline", "archived");
  static final Set<String> CUSTOMER_DECISION_FIELDS = Set.of("outcome", "approvedAmount", "decidedAt", "letter");
  static final Set<String> CUSTOMER_LOSS_FIELDS = Set.of("date", "place", "peril", "cause");
  static final Set<String> CUSTOMER_TIMELINE_TYPES = Set.of("REGISTERED", "GREEN_CHANNEL", "DOCUMENT_RECEIVED",
      "DOCUMENTS_CHECKED", "REVIEW_STARTED", "DECIDED", "STRAIGHT_THROUGH", "ADVANCE_NOT_NEEDED", "PAYMENT_REJECTED",
      "PAYEE_CORRECTED", "OFFLINE_PAYMENT_RECORDED", "DISPUTED", "RECONSIDERATION_STARTED", "NOTICE_SENT",
      "PROGRESS_NOTICE", "ARCHIVED");

  static final String INTERNAL_COMMENT = "内部：疑似带病投保，建议调查既往病史";
  static final String PANEL_OPINION = "经调查未发现既往病史，属于保险责任，按条款赔付";

  @LocalServerPort int port;
  @Autowired ObjectMapper objectMapper;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ClaimService claimService;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void theChannelSeesTheDecisionAndItsLetterButNeverTheReviewersTheirJudgementOrComments() throws Exception {
    String claimNumber = approvedAfterAFraudSuspicion();

    HttpResponse<String> response = http.get("/api/claims/" + claimNumber, "Authorization", CHANNEL);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode claim = objectMapper.readTree(response.body());
    assertThat(fieldsOf(claim)).isSubsetOf(CUSTOMER_FIELDS).contains("claimNumber", "status", "stage", "decision",
        "dueDates", "documents", "timeline", "claimant");
    assertThat(fieldsOf(claim.get("decision"))).isSubsetOf(CUSTOMER_DECISION_FIELDS);
    assertThat(fieldsOf(claim.get("loss"))).isSubsetOf(CUSTOMER_LOSS_FIELDS);
    assertThat(claim.at("/decision/outcome").asText()).isEqualTo("APPROVED");
    assertThat(claim.at("/decision/approvedAmount").decimalValue()).isEqualByComparingTo("8000");
    assertThat(claim.at("/decision/letter").asText()).contains(claimNumber).contains("8000");
    assertThat(claim.get("timeline").findValuesAsText("type")).isSubsetOf(CUSTOMER_TIMELINE_TYPES)
        .contains("REGISTERED", "DECIDED", "NOTICE_SENT");
    assertThat(claim.at("/claimant/idNumber").asText()).contains("*");
    assertThat(response.body()).doesNotContain("FRAUD").doesNotContain("欺诈").doesNotContain("疑似")
        .doesNotContain(INTERNAL_COMMENT).doesNotContain(PANEL_OPINION).doesNotContain("zhangwei")
        .doesNotContain("chenjie").doesNotContain("decidedBy").doesNotContain("reviews")
        .doesNotContain("determinationBreached").doesNotContain("callBack").doesNotContain("PANEL_REVIEW")
        .doesNotContain("FIRST_REVIEW");
  }

  @Test
  void staffSeeWhoDecidedWhatWithTheInternalJudgementAndComments() throws Exception {
    String claimNumber = approvedAfterAFraudSuspicion();

    HttpResponse<String> response = http.get("/api/claims/" + claimNumber, "Authorization", SPECIALIST);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode claim = objectMapper.readTree(response.body());
    JsonNode reviews = claim.at("/decision/reviews");
    assertThat(reviews.findValuesAsText("decidedBy")).containsExactly("zhangwei", "chenjie");
    assertThat(reviews.get(0).get("outcome").asText()).isEqualTo("COVERED FRAUD_SUSPECTED");
    assertThat(reviews.get(0).get("reason").asText()).isEqualTo(INTERNAL_COMMENT);
    assertThat(claim.has("determinationBreached")).isTrue();
    assertThat(claim.get("timeline").findValuesAsText("type")).contains("FIRST_REVIEW", "PANEL_REVIEW");
  }

  @Test
  void theDisputeAnswerAndTheListAreCustomerViewsForTheChannelToo() throws Exception {
    approvedAfterAFraudSuspicion();
    String claimNumber = rejectedByTheFirstReview();

    HttpResponse<String> dispute = http.postJson("/api/claims/" + claimNumber + "/dispute",
        "{\"reason\":\"金额计算有误\"}", "Authorization", CHANNEL);
    HttpResponse<String> list = http.get("/api/claims?size=100", "Authorization", CHANNEL);

    assertThat(dispute.statusCode()).isEqualTo(202);
    assertThat(fieldsOf(objectMapper.readTree(dispute.body()))).isSubsetOf(CUSTOMER_FIELDS);
    assertThat(dispute.body()).contains("IN_RECONSIDERATION").contains(REJECTION_REASON)
        .doesNotContain("zhangwei").doesNotContain("FIRST_REVIEW").doesNotContain("reviews");
    assertThat(list.statusCode()).isEqualTo(200);
    for (JsonNode item : objectMapper.readTree(list.body()).get("items")) {
      assertThat(fieldsOf(item)).isSubsetOf(CUSTOMER_FIELDS);
    }
    assertThat(list.body()).doesNotContain("FRAUD").doesNotContain("decidedBy");
  }

  static final String REJECTION_REASON = "等待期内出险，依据条款第五条不予赔付";

  /** First review finds the loss not covered; the reason is written for the customer and goes into the letter. */
  private String rejectedByTheFirstReview() {
    String claimNumber = claimService.submit(ClaimFixtures.medicalClaimWithAllDocuments(), null, "channel").claim()
        .claimNumber();
    ProcessInstance claim = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(claimNumber)
        .singleResult();
    complete(claim, "firstReview", "zhangwei", Map.of("liability", "NOT_COVERED", "assessedAmount", 0,
        "fraudSuspected", false, "reviewComment", REJECTION_REASON));
    assertThat(claimService.require(claimNumber).decision()).isEqualTo("REJECTED");
    return claimNumber;
  }

  /** First review suspects fraud (internal comment), the panel approves 8,000 after investigating. */
  private String approvedAfterAFraudSuspicion() {
    String claimNumber = claimService.submit(ClaimFixtures.medicalClaimWithAllDocuments(), null, "channel").claim()
        .claimNumber();
    ProcessInstance claim = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(claimNumber)
        .singleResult();
    complete(claim, "firstReview", "zhangwei", Map.of("liability", "COVERED", "assessedAmount", 8000,
        "fraudSuspected", true, "reviewComment", INTERNAL_COMMENT));
    complete(claim, "panelReview", "chenjie", Map.of("panelDecision", "APPROVE", "panelOpinion", PANEL_OPINION,
        "approvedAmount", 8000));
    assertThat(claimService.require(claimNumber).decision()).isEqualTo("APPROVED");
    return claimNumber;
  }

  private void complete(ProcessInstance claim, String taskKey, String user, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceId(claim.getId()).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as(taskKey).isNotNull();
    taskService.claim(task.getId(), user);
    taskService.complete(task.getId(), variables);
  }

  private static List<String> fieldsOf(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
