package cn.insure.claims.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.claim.ClaimArchived;
import cn.insure.claims.claim.ClaimFixtures;
import cn.insure.claims.claim.ClaimService;
import cn.insure.claims.complaint.ComplaintClosed;
import cn.insure.claims.complaint.ComplaintFixtures;
import cn.insure.claims.complaint.ComplaintService;
import cn.insure.claims.support.Http;

/** The call-back's results are kept per case and shown in the staff view of the claim or complaint only. */
@ClaimsSpringBootTest
class CallBackInCaseViewTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper objectMapper;
  @Autowired TaskService taskService;
  @Autowired ApplicationEventPublisher events;
  @Autowired ComplaintService complaintService;
  @Autowired ClaimService claimService;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void staffSeeTheCallBackOfAComplaintChannelsDoNot() throws Exception {
    String complaintNumber = complaintService.submit(ComplaintFixtures.serviceComplaint(), null, "channel").complaint()
        .complaintNumber();
    events.publishEvent(new ComplaintClosed(complaintNumber, "SERVICE", "SATISFIED", null));
    answer(complaintNumber, "4", "回电及时，请拨13900139000找我");

    JsonNode staff = get("/api/complaints/" + complaintNumber, "sunli");
    JsonNode channel = get("/api/complaints/" + complaintNumber, "channel");

    assertThat(staff.at("/callBack/outcome").asText()).isEqualTo("REACHED");
    assertThat(staff.at("/callBack/overallSatisfaction").asInt()).isEqualTo(4);
    assertThat(staff.at("/callBack/selectionReason").asText()).isEqualTo("CLOSED_COMPLAINT");
    assertThat(staff.at("/callBack/comment").asText()).contains("139****9000").doesNotContain("13900139000");
    assertThat(channel.has("callBack")).isFalse();
  }

  @Test
  void staffSeeTheCallBackOfARejectedClaim() throws Exception {
    String claimNumber = claimService.submit(ClaimFixtures.medicalClaimWithAllDocuments(), null, "channel").claim()
        .claimNumber();
    events.publishEvent(new ClaimArchived(claimNumber, "MEDICAL", "REJECTED", false, false, null));

    JsonNode waiting = get("/api/claims/" + claimNumber, "wangfang");
    assertThat(waiting.at("/callBack/selectionReason").asText()).isEqualTo("REJECTED_CLAIM");
    assertThat(waiting.at("/callBack/outcome").asText()).as("no outcome while the call is not yet made").isEmpty();

    answer(claimNumber, "3", null);
    assertThat(get("/api/claims/" + claimNumber, "wangfang").at("/callBack/clarityScore").asInt()).isEqualTo(3);
    assertThat(get("/api/claims/" + claimNumber, "channel").has("callBack")).isFalse();
  }

  private void answer(String caseNumber, String score, String comment) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey("CB-" + caseNumber)
        .taskDefinitionKey("makeCallBack").singleResult();
    taskService.claim(task.getId(), "gaojing");
    Map<String, Object> answers = new java.util.HashMap<>(Map.of("reached", true, "overallSatisfaction", score,
        "speedScore", score, "attitudeScore", score, "clarityScore", score, "contactChanged", false));
    answers.put("customerComment", comment);
    taskService.complete(task.getId(), answers);
  }

  private JsonNode get(String path, String user) throws Exception {
    HttpResponse<String> response = http.get(path, "Authorization", Http.basic(user, user));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return objectMapper.readTree(response.body());
  }
}
