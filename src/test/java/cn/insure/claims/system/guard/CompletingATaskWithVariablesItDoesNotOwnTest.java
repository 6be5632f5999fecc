package cn.insure.claims.system.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.claim.ClaimFixtures;
import cn.insure.claims.claim.ClaimService;
import cn.insure.claims.complaint.ComplaintFixtures;
import cn.insure.claims.complaint.ComplaintService;

/**
 * The forgery of the issue: a specialist completes the first review of a 12,800 CNY claim and adds
 * the second review's verdict and a 400,000 CNY approval. Refused on both paths a client has, and
 * nothing changes: the task stays open, no variable, no history entry, no decision, no payment.
 */
@ClaimsSpringBootTest
class CompletingATaskWithVariablesItDoesNotOwnTest {

  @LocalServerPort int port;
  @Autowired ClaimService claimService;
  @Autowired ComplaintService complaintService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;

  @ParameterizedTest
  @EnumSource(HostileClient.Path.class)
  void aFirstReviewThatAlsoSetsTheSecondReviewAndTheApprovedAmountIsRefusedAndChangesNothing(HostileClient.Path path) {
    Task firstReview = claimAtFirstReview();
    HostileClient zhangwei = HostileClient.as(port, path, "zhangwei");
    assertThat(zhangwei.post("/task/" + firstReview.getId() + "/claim", "{\"userId\":\"zhangwei\"}").statusCode())
        .isEqualTo(204);

    HttpResponse<String> forged = zhangwei.post("/task/" + firstReview.getId() + "/submit-form", """
        {"variables":{"liability":{"value":"COVERED"},"assessedAmount":{"value":12800},
          "fraudSuspected":{"value":false},"reviewComment":{"value":"属于保险责任"},
          "secondReviewAgrees":{"value":true},"approvedAmount":{"value":400000}}}""");

    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.body()).contains("secondReviewAgrees").contains("approvedAmount")
        .contains("is not a field of form firstReview");
    assertNothingChanged(firstReview);
  }

  @ParameterizedTest
  @EnumSource(HostileClient.Path.class)
  void anAssessedAmountAboveTheClaimedAmountIsRefusedAndChangesNothing(HostileClient.Path path) {
    Task firstReview = claimAtFirstReview();
    HostileClient zhangwei = HostileClient.as(port, path, "zhangwei");
    zhangwei.post("/task/" + firstReview.getId() + "/claim", "{\"userId\":\"zhangwei\"}");

    HttpResponse<String> inflated = zhangwei.post("/task/" + firstReview.getId() + "/complete", """
        {"variables":{"liability":{"value":"COVERED"},"assessedAmount":{"value":400000},
          "fraudSuspected":{"value":false}}}""");

    assertThat(inflated.statusCode()).isEqualTo(400);
    assertThat(inflated.body()).contains("assessedAmount").contains("12800");
    assertNothingChanged(firstReview);
  }

  @ParameterizedTest
  @EnumSource(HostileClient.Path.class)
  void aValueOutsideTheFormsChoicesOrScaleIsRefused(HostileClient.Path path) {
    Task firstReview = claimAtFirstReview();
    HostileClient zhangwei = HostileClient.as(port, path, "zhangwei");
    zhangwei.post("/task/" + firstReview.getId() + "/claim", "{\"userId\":\"zhangwei\"}");

    HttpResponse<String> refused = zhangwei.post("/task/" + firstReview.getId() + "/complete", """
        {"variables":{"liability":{"value":"PAY_EVERYTHING"},"assessedAmount":{"value":100.123},
          "fraudSuspected":{"value":"no"},"reviewComment":{"value":"%s"}}}""".formatted("长".repeat(2001)));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("liability: must be one of [COVERED, NOT_COVERED]")
        .contains("assessedAmount: at most 2 decimal places").contains("fraudSuspected: must be true or false")
        .contains("reviewComment: at most 2000 characters");
    assertNothingChanged(firstReview);
  }

  @ParameterizedTest
  @EnumSource(HostileClient.Path.class)
  void aReadOnlyFieldMayBeRepeatedButNotChanged(HostileClient.Path path) {
    Task firstReview = claimAtFirstReview();
    HostileClient zhangwei = HostileClient.as(port, path, "zhangwei");
    zhangwei.post("/task/" + firstReview.getId() + "/claim", "{\"userId\":\"zhangwei\"}");

    HttpResponse<String> changed = zhangwei.post("/task/" + firstReview.getId() + "/submit-form", """
        {"variables":{"liability":{"value":"COVERED"},"assessedAmount":{"value":12800},
          "claimedAmount":{"value":500000}}}""");
    assertThat(changed.statusCode()).isEqualTo(400);
    assertThat(changed.body()).contains("claimedAmount").contains("read-only");
    assertNothingChanged(firstReview);

    // What Tasklist sends: every field of the form, the read-only ones with their current values.
    HttpResponse<String> asTasklist = zhangwei.post("/task/" + firstReview.getId() + "/submit-form", """
        {"variables":{"liability":{"value":"COVERED"},"assessedAmount":{"value":12800},
          "fraudSuspected":{"value":false},"reviewComment":{"value":"属于保险责任"},
          "claimedAmount":{"value":12800},"claimNumber":{"value":"%s"},"documentsMissing":{"value":""}}}"""
        .formatted(claimNumberOf(firstReview)));
    assertThat(asTasklist.statusCode()).as(asTasklist.body()).isIn(200, 204);
    assertThat(taskService.createTaskQuery().taskId(firstReview.getId()).count()).isZero();
  }

  @ParameterizedTest
  @EnumSource(HostileClient.Path.class)
  void writingARoutingVariableOnTheTaskOrTheInstanceIsRefused(HostileClient.Path path) {
    Task firstReview = claimAtFirstReview();
    HostileClient zhangwei = HostileClient.as(port, path, "zhangwei");
    zhangwei.post("/task/" + firstReview.getId() + "/claim", "{\"userId\":\"zhangwei\"}");

    HttpResponse<String> onTask = zhangwei.put("/task/" + firstReview.getId() + "/variables/secondReviewRequired",
        "{\"value\":false}");
    HttpResponse<String> modify = zhangwei.post("/task/" + firstReview.getId() + "/variables",
        "{\"modifications\":{\"greenChannel\":{\"value\":true}}}");
    HttpResponse<String> onInstance = zhangwei.put("/process-instance/" + firstReview.getProcessInstanceId()
        + "/variables/approvedAmount", "{\"value\":400000}");

    assertThat(onTask.statusCode()).isEqualTo(400);
    assertThat(onTask.body()).contains("secondReviewRequired");
    assertThat(modify.statusCode()).isEqualTo(400);
    assertThat(modify.body()).contains("greenChannel");
    assertThat(onInstance.statusCode()).isEqualTo(403);
    assertNothingChanged(firstReview);
    assertThat(runtimeService.getVariable(firstReview.getProcessInstanceId(), "greenChannel")).isEqualTo(false);
  }

  @ParameterizedTest
  @EnumSource(HostileClient.Path.class)
  void aComplaintsOfficerCannotCloseAComplaintByWritingItsOutcomeOrItsUrgency(HostileClient.Path path) {
    String complaintNumber = complaintService.submit(ComplaintFixtures.serviceComplaint(), null, "channel")
        .complaint().complaintNumber();
    Task handle = taskService.createTaskQuery().processInstanceBusinessKey(complaintNumber)
        .taskDefinitionKey("handleComplaint").singleResult();
    HostileClient zhaolei = HostileClient.as(port, path, "zhaolei");
    zhaolei.post("/task/" + handle.getId() + "/claim", "{\"userId\":\"zhaolei\"}");

    HttpResponse<String> forged = zhaolei.post("/task/" + handle.getId() + "/submit-form", """
        {"variables":{"resolution":{"value":"已电话致歉"},"resolved":{"value":true},
          "handlingOutcome":{"value":"RESOLVED"},"urgency":{"value":"MAJOR"},"satisfied":{"value":true}}}""");

    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.body()).contains("handlingOutcome").contains("satisfied").contains("urgency: 只读字段不可修改");
    assertThat(taskService.createTaskQuery().taskId(handle.getId()).count()).isOne();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(handle.getProcessInstanceId())
        .variableNameIn("resolution", "handlingOutcome", "satisfied").count()).isZero();
  }

  /**
   * The same first review sent twice — a double click, or the task completed on two nodes: the first
   * completes it, the second is told the task is gone (404, "completed meanwhile"), never a 500; the
   * claim has one first-review decision. (Two completions at the same instant on two nodes — a 409
   * from the engine's optimistic locking — are raced by the cluster suite.)
   */
  @ParameterizedTest
  @EnumSource(HostileClient.Path.class)
  void theSecondCompletionOfAFirstReviewIsA404AndRecordsNothing(HostileClient.Path path) {
    Task firstReview = claimAtFirstReview();
    String claimNumber = claimNumberOf(firstReview);
    String review = """
        {"variables":{"liability":{"value":"COVERED"},"assessedAmount":{"value":12800},
          "fraudSuspected":{"value":false},"reviewComment":{"value":"属于保险责任"}}}""";
    HostileClient zhangwei = HostileClient.as(port, path, "zhangwei");
    assertThat(zhangwei.post("/task/" + firstReview.getId() + "/claim", "{\"userId\":\"zhangwei\"}").statusCode())
        .isEqualTo(204);
    assertThat(zhangwei.post("/task/" + firstReview.getId() + "/submit-form", review).statusCode()).isEqualTo(204);

    HttpResponse<String> again = zhangwei.post("/task/" + firstReview.getId() + "/submit-form", review);

    assertThat(again.statusCode()).as(again.body()).isEqualTo(404);
    assertThat(again.body()).contains("completed meanwhile");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM claim_decision WHERE claim_number = ? AND stage = "
        + "'FIRST_REVIEW'", Long.class, claimNumber)).isOne();
  }

  private Task claimAtFirstReview() {
    String claimNumber = claimService.submit(ClaimFixtures.medicalClaimWithAllDocuments(), null, "channel").claim()
        .claimNumber();
    return taskService.createTaskQuery().processInstanceBusinessKey(claimNumber).taskDefinitionKey("firstReview")
        .singleResult();
  }

  private String claimNumberOf(Task task) {
    return (String) runtimeService.getVariable(task.getProcessInstanceId(), "claimNumber");
  }

  private void assertNothingChanged(Task task) {
    String instance = task.getProcessInstanceId();
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("task still open").isOne();
    assertThat(runtimeService.getVariable(instance, "secondReviewAgrees")).isNull();
    assertThat(runtimeService.getVariable(instance, "approvedAmount")).isNull();
    assertThat(runtimeService.getVariable(instance, "liability")).isNull();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableNameIn("secondReviewAgrees", "approvedAmount", "liability", "assessedAmount").count()).isZero();
    String claimNumber = claimNumberOf(task);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM claim_decision WHERE claim_number = ?", Long.class,
        claimNumber)).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM claim_payment WHERE claim_number = ?", Long.class,
        claimNumber)).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM claim_notice WHERE claim_number = ? AND kind <> 'CLAIM_RECEIVED'",
        Long.class, claimNumber)).as("no notice beyond the receipt").isZero();
    assertThat(jdbc.queryForObject("SELECT approved_amount FROM claim WHERE claim_number = ?", java.math.BigDecimal.class,
        claimNumber)).isNull();
  }
}
