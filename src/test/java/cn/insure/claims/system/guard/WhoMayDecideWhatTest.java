package cn.insure.claims.system.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.claim.ClaimFixtures;
import cn.insure.claims.claim.ClaimService;

/**
 * Authority limits and four eyes, enforced on completion whatever the client sends: a supervisor
 * approves up to the limit of the approvalAuthority table and refers larger claims to the panel; the
 * person recorded for a decision is the one who completed the task; nobody reviews a claim twice;
 * tasks are claimed for oneself, and only supervisors give a task to someone else.
 */
@ClaimsSpringBootTest
class WhoMayDecideWhatTest {

  @LocalServerPort int port;
  @Autowired ClaimService claimService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aSupervisorCannotApproveAboveTheirAuthorityButCanReferTheClaimToThePanel() {
    String claimNumber = claimService.submit(ClaimFixtures.highEndMedicalClaimOf("300000.00"), null, "channel")
        .claim().claimNumber();
    HostileClient zhangwei = HostileClient.as(port, HostileClient.Path.ENGINE_REST, "zhangwei");
    Task first = task(claimNumber, "firstReview");
    zhangwei.post("/task/" + first.getId() + "/claim", "{\"userId\":\"zhangwei\"}");
    assertThat(zhangwei.post("/task/" + first.getId() + "/complete", """
        {"variables":{"liability":{"value":"COVERED"},"assessedAmount":{"value":300000},
          "fraudSuspected":{"value":false}}}""").statusCode()).isEqualTo(204);

    HostileClient wangfang = HostileClient.as(port, HostileClient.Path.TASKLIST_PROXY, "wangfang");
    Task second = task(claimNumber, "secondReview");
    wangfang.post("/task/" + second.getId() + "/claim", "{\"userId\":\"wangfang\"}");
    HttpResponse<String> aboveAuthority = wangfang.post("/task/" + second.getId() + "/submit-form", """
        {"variables":{"secondReviewAgrees":{"value":true},"approvedAmount":{"value":300000}}}""");

    assertThat(aboveAuthority.statusCode()).isEqualTo(400);
    assertThat(aboveAuthority.body()).contains("超出审批权限").contains("200000").contains("panel");
    assertThat(task(claimNumber, "secondReview")).isNotNull();
    assertThat(decisions(claimNumber)).containsExactly("FIRST_REVIEW");

    HttpResponse<String> referred = wangfang.post("/task/" + second.getId() + "/submit-form", """
        {"variables":{"secondReviewAgrees":{"value":false},"approvedAmount":{"value":300000},
          "reviewComment":{"value":"超出本人权限，提交会审"}}}""");
    assertThat(referred.statusCode()).isIn(200, 204);
    assertThat(task(claimNumber, "panelReview")).isNotNull();
    assertThat(jdbc.queryForObject("SELECT decided_by FROM claim_decision WHERE claim_number = ? AND stage = ?",
        String.class, claimNumber, "SECOND_REVIEW")).isEqualTo("wangfang");
  }

  @Test
  void anAdministratorHasNoAuthorityToApproveAClaim() {
    String claimNumber = submit("12800.00");
    completeFirstReview(claimNumber, "zhangwei", 12800);
    HostileClient admin = HostileClient.as(port, HostileClient.Path.ENGINE_REST, "demo");
    Task second = task(claimNumber, "secondReview");

    HttpResponse<String> response = admin.post("/task/" + second.getId() + "/complete", """
        {"variables":{"secondReviewAgrees":{"value":true},"approvedAmount":{"value":12800}}}""");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("无审批权限");
    assertThat(decisions(claimNumber)).containsExactly("FIRST_REVIEW");
  }

  @Test
  void theSamePersonNeverReviewsOneClaimTwiceWhicheverGroupsTheyHave() {
    ensureUser("zhouqiang", List.of("claims-specialists", "claims-supervisors"));
    String claimNumber = submit("12800.00");
    completeFirstReview(claimNumber, "zhouqiang", 12800);
    HostileClient zhouqiang = HostileClient.as(port, HostileClient.Path.ENGINE_REST, "zhouqiang");
    Task second = task(claimNumber, "secondReview");

    HttpResponse<String> response = zhouqiang.post("/task/" + second.getId() + "/complete", """
        {"variables":{"secondReviewAgrees":{"value":true},"approvedAmount":{"value":12800}}}""");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("zhouqiang").contains("cannot do its second review");
    assertThat(decisions(claimNumber)).containsExactly("FIRST_REVIEW");
  }

  @Test
  void aSpecialistCannotClaimATaskForAColleagueNorCompleteATaskAssignedToOne() {
    String claimNumber = submit("12800.00");
    Task first = task(claimNumber, "firstReview");
    HostileClient zhangwei = HostileClient.as(port, HostileClient.Path.ENGINE_REST, "zhangwei");

    HttpResponse<String> forAnother = zhangwei.post("/task/" + first.getId() + "/claim", "{\"userId\":\"lina\"}");
    HttpResponse<String> assign = zhangwei.post("/task/" + first.getId() + "/assignee", "{\"userId\":\"lina\"}");

    assertThat(forAnother.statusCode()).isEqualTo(403);
    assertThat(forAnother.body()).contains("claimed only for oneself");
    assertThat(assign.statusCode()).isEqualTo(403);
    assertThat(task(claimNumber, "firstReview").getAssignee()).isNull();

    HostileClient lina = HostileClient.as(port, HostileClient.Path.ENGINE_REST, "lina");
    assertThat(lina.post("/task/" + first.getId() + "/claim", "{\"userId\":\"lina\"}").statusCode()).isEqualTo(204);
    HttpResponse<String> completedByAnother = zhangwei.post("/task/" + first.getId() + "/complete", """
        {"variables":{"liability":{"value":"COVERED"},"assessedAmount":{"value":12800}}}""");

    assertThat(completedByAnother.statusCode()).isEqualTo(403);
    assertThat(completedByAnother.body()).contains("assigned to lina");
    assertThat(decisions(claimNumber)).isEmpty();
  }

  @Test
  void aSupervisorMayReassignATaskAndTheDecisionNamesWhoCompletedIt() {
    String claimNumber = submit("12800.00");
    Task first = task(claimNumber, "firstReview");
    HostileClient wangfang = HostileClient.as(port, HostileClient.Path.ENGINE_REST, "wangfang");

    assertThat(wangfang.post("/task/" + first.getId() + "/assignee", "{\"userId\":\"lina\"}").statusCode())
        .isEqualTo(204);
    assertThat(historyService.createUserOperationLogQuery().taskId(first.getId()).userId("wangfang")
        .operationType("Assign").count()).isOne();

    HostileClient lina = HostileClient.as(port, HostileClient.Path.ENGINE_REST, "lina");
    assertThat(lina.post("/task/" + first.getId() + "/complete", """
        {"variables":{"liability":{"value":"COVERED"},"assessedAmount":{"value":12800}}}""").statusCode())
        .isEqualTo(204);
    assertThat(jdbc.queryForObject("SELECT decided_by FROM claim_decision WHERE claim_number = ? AND stage = ?",
        String.class, claimNumber, "FIRST_REVIEW")).isEqualTo("lina");
  }

  private void completeFirstReview(String claimNumber, String user, double amount) {
    HostileClient reviewer = HostileClient.as(port, HostileClient.Path.ENGINE_REST, user);
    Task first = task(claimNumber, "firstReview");
    assertThat(reviewer.post("/task/" + first.getId() + "/claim", "{\"userId\":\"" + user + "\"}").statusCode())
        .isEqualTo(204);
    HttpResponse<String> done = reviewer.post("/task/" + first.getId() + "/complete", """
        {"variables":{"liability":{"value":"COVERED"},"assessedAmount":{"value":%s},
          "fraudSuspected":{"value":false}}}""".formatted(amount));
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
  }

  private void ensureUser(String id, List<String> groups) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName("周强");
      user.setPassword(id);
      identityService.saveUser(user);
      groups.forEach(group -> identityService.createMembership(id, group));
    }
  }

  private String submit(String amount) {
    return claimService.submit(ClaimFixtures.medicalClaimOf(amount), null, "channel").claim().claimNumber();
  }

  private Task task(String claimNumber, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(claimNumber).taskDefinitionKey(key)
        .singleResult();
  }

  private List<String> decisions(String claimNumber) {
    return jdbc.queryForList("SELECT stage FROM claim_decision WHERE claim_number = ? ORDER BY seq", String.class,
        claimNumber);
  }
}
