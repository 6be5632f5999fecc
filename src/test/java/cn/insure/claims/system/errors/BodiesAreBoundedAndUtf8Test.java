package cn.insure.claims.system.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Flow;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.claim.ClaimFixtures;
import cn.insure.claims.claim.ClaimService;
import cn.insure.claims.support.Http;

/**
 * Issue 13: engine REST bodies are bounded like /api bodies (a task completion carries only its form's
 * fields: 1 MB is plenty), with or without a declared length; JSON in another character set than UTF-8
 * is refused with 415 naming it, on both APIs; nothing is written.
 */
@ClaimsSpringBootTest
class BodiesAreBoundedAndUtf8Test {

  static final String SPECIALIST = Http.basic("zhangwei", "zhangwei");
  static final String CHANNEL = Http.basic("channel", "channel");

  @LocalServerPort int port;
  @Autowired ClaimService claimService;
  @Autowired TaskService taskService;
  @Autowired ObjectMapper objectMapper;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aTaskCompletionLargerThanTheEngineLimitIsRefusedWithOrWithoutALength() {
    Task review = firstReviewClaimedByZhangwei();
    String huge = "{\"variables\":{\"reviewComment\":{\"value\":\"" + "x".repeat(1_200_000) + "\"}}}";
    Http http = new Http(port);

    HttpResponse<String> declared = http.send(HttpRequest.newBuilder(uri("/engine-rest/task/" + review.getId()
        + "/complete")).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(huge)),
        "Authorization", SPECIALIST);
    HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(uri("/engine-rest/task/" + review.getId()
        + "/complete")).header("Content-Type", "application/json").POST(chunkedBody(huge)),
        "Authorization", SPECIALIST);

    assertThat(declared.statusCode()).isEqualTo(413);
    assertThat(declared.body()).contains("request-too-large");
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isOne();
  }

  @Test
  void aSmallTaskCompletionStillWorksThroughTheLimit() {
    Task review = firstReviewClaimedByZhangwei();
    HttpResponse<String> complete = new Http(port).send(HttpRequest.newBuilder(uri("/engine-rest/task/"
        + review.getId() + "/complete")).header("Content-Type", "application/json").POST(chunkedBody(
            "{\"variables\":{\"liability\":{\"value\":\"NOT_COVERED\"},\"assessedAmount\":{\"value\":0},"
                + "\"fraudSuspected\":{\"value\":false},\"reviewComment\":{\"value\":\"等待期内出险，依据条款第五条不予赔付\"}}}")),
        "Authorization", SPECIALIST);

    assertThat(complete.statusCode()).as(complete.body()).isIn(200, 204);
    assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isZero();
  }

  @Test
  void jsonInAnotherCharacterSetIsRefusedNamingItAndNothingIsWritten() throws Exception {
    long claimsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM claim", Long.class);
    String claim = objectMapper.writeValueAsString(ClaimFixtures.medicalClaimWithAllDocuments());
    Http http = new Http(port);

    HttpResponse<String> latin1 = http.send(HttpRequest.newBuilder(uri("/api/claims"))
        .header("Content-Type", "application/json; charset=ISO-8859-1")
        .POST(HttpRequest.BodyPublishers.ofString(claim, StandardCharsets.ISO_8859_1)), "Authorization", CHANNEL);
    HttpResponse<String> utf16 = http.send(HttpRequest.newBuilder(uri("/api/claims"))
        .header("Content-Type", "application/json; charset=UTF-16")
        .POST(HttpRequest.BodyPublishers.ofString(claim, StandardCharsets.UTF_16)), "Authorization", CHANNEL);
    HttpResponse<String> engine = http.send(HttpRequest.newBuilder(uri("/engine-rest/task"))
        .header("Content-Type", "application/json; charset=UTF-16")
        .POST(HttpRequest.BodyPublishers.ofString("{}", StandardCharsets.UTF_16)), "Authorization", SPECIALIST);

    assertThat(latin1.statusCode()).isEqualTo(415);
    assertThat(latin1.body()).contains("unsupported-charset").contains("ISO-8859-1").contains("UTF-8");
    assertThat(utf16.statusCode()).isEqualTo(415);
    assertThat(engine.statusCode()).isEqualTo(415);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM claim", Long.class)).isEqualTo(claimsBefore);
  }

  private Task firstReviewClaimedByZhangwei() {
    String claimNumber = claimService.submit(ClaimFixtures.medicalClaimWithAllDocuments(), null, "channel").claim()
        .claimNumber();
    Task review = taskService.createTaskQuery().processInstanceBusinessKey(claimNumber).taskDefinitionKey("firstReview")
        .singleResult();
    taskService.claim(review.getId(), "zhangwei");
    return review;
  }

  /** A body sent without Content-Length (chunked), as a streaming client does. */
  private static HttpRequest.BodyPublisher chunkedBody(String body) {
    HttpRequest.BodyPublisher known = HttpRequest.BodyPublishers.ofString(body);
    return new HttpRequest.BodyPublisher() {
      @Override
      public long contentLength() {
        return -1;
      }

      @Override
      public void subscribe(Flow.Subscriber<? super java.nio.ByteBuffer> subscriber) {
        known.subscribe(subscriber);
      }
    };
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

}
