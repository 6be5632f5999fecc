package cn.insure.claims.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.support.Http;

/**
 * Issue 13: a dispute reason of 1,990 characters answered 500 — the claim's event adds a prefix and
 * overflowed its column. Every reason the API accepts (up to 2,000 characters) is stored whole in
 * the claim, and its event is cut to the column; one character more is a 400 naming the field.
 */
@ClaimsSpringBootTest
class ALongDisputeIsAcceptedTest {

  @LocalServerPort int port;
  @Autowired ClaimService claimService;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aReasonOfTheFullAllowedLengthIsAcceptedAndOneCharacterMoreIsRefused() {
    String claimNumber = rejected();
    Http http = new Http(port);
    String channel = Http.basic("channel", "channel");

    HttpResponse<String> tooLong = http.postJson("/api/claims/" + claimNumber + "/dispute",
        "{\"reason\":\"" + "理".repeat(2001) + "\"}", "Authorization", channel);
    HttpResponse<String> longest = http.postJson("/api/claims/" + claimNumber + "/dispute",
        "{\"reason\":\"" + "理".repeat(1990) + "由很长\"}", "Authorization", channel);

    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("reason");
    assertThat(longest.statusCode()).as(longest.body()).isEqualTo(202);
    assertThat(jdbc.queryForObject("SELECT dispute_reason FROM claim WHERE claim_number = ?", String.class,
        claimNumber)).hasSize(1993).endsWith("由很长");
    String event = jdbc.queryForObject("SELECT description FROM claim_event WHERE claim_number = ? AND event_type = "
        + "'DISPUTED'", String.class, claimNumber);
    assertThat(event).hasSize(ClaimRepository.EVENT_DESCRIPTION_LENGTH).startsWith("申请人提出复议").endsWith("…");
  }

  private String rejected() {
    String claimNumber = claimService.submit(ClaimFixtures.medicalClaimWithAllDocuments(), null, "channel").claim()
        .claimNumber();
    Task review = taskService.createTaskQuery().processInstanceBusinessKey(claimNumber).taskDefinitionKey("firstReview")
        .singleResult();
    taskService.claim(review.getId(), "zhangwei");
    taskService.complete(review.getId(), Map.of("liability", "NOT_COVERED", "assessedAmount", 0,
        "fraudSuspected", false, "reviewComment", "等待期内出险，依据条款第五条不予赔付"));
    return claimNumber;
  }
}
