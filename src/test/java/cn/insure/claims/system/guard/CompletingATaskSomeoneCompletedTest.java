package cn.insure.claims.system.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

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

/**
 * A first review sent twice — a double click, or the same task completed on two nodes: the first
 * completes it, the second is told the task is gone (404, "completed meanwhile"), never a 500; the
 * claim has one first-review decision. (Two completions at the same instant on two nodes — a 409
 * from the engine's optimistic locking — are raced by the cluster suite.)
 */
@ClaimsSpringBootTest
class CompletingATaskSomeoneCompletedTest {

  static final String FIRST_REVIEW = """
      {"variables":{"liability":{"value":"COVERED"},"assessedAmount":{"value":12800},
        "fraudSuspected":{"value":false},"reviewComment":{"value":"属于保险责任"}}}""";

  @LocalServerPort int port;
  @Autowired ClaimService claimService;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  @ParameterizedTest
  @EnumSource(HostileClient.Path.class)
  void theSecondCompletionOfAFirstReviewIsA404AndRecordsNothing(HostileClient.Path path) {
    String claimNumber = claimService.submit(ClaimFixtures.medicalClaimWithAllDocuments(), null, "channel").claim()
        .claimNumber();
    Task firstReview = taskService.createTaskQuery().processInstanceBusinessKey(claimNumber)
        .taskDefinitionKey("firstReview").singleResult();
    HostileClient zhangwei = HostileClient.as(port, path, "zhangwei");
    assertThat(zhangwei.post("/task/" + firstReview.getId() + "/claim", "{\"userId\":\"zhangwei\"}").statusCode())
        .isEqualTo(204);
    assertThat(zhangwei.post("/task/" + firstReview.getId() + "/submit-form", FIRST_REVIEW).statusCode())
        .isEqualTo(204);

    HttpResponse<String> again = zhangwei.post("/task/" + firstReview.getId() + "/submit-form", FIRST_REVIEW);

    assertThat(again.statusCode()).as(again.body()).isEqualTo(404);
    assertThat(again.body()).contains("completed meanwhile");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM claim_decision WHERE claim_number = ? AND stage = "
        + "'FIRST_REVIEW'", Long.class, claimNumber)).isOne();
  }
}
