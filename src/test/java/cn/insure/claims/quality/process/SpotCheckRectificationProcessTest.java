package cn.insure.claims.quality.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.claim.ClaimFixtures;
import cn.insure.claims.claim.ClaimService;
import cn.insure.claims.quality.Rectifications;

/**
 * One test per path through {@code spot-check-rectification.bpmn}, started by a quality inspector's
 * finding in claimHandling's {@code spotCheckClaim}.
 */
@ClaimsSpringBootTest
class SpotCheckRectificationProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired ClaimService claimService;
  @Autowired Rectifications rectifications;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    init(processEngine);
    ClockUtil.setCurrentTime(new Date());
    if (identityService.createUserQuery().userId("wuqing").count() == 0) {
      User second = identityService.newUser("wuqing");
      second.setFirstName("吴清");
      second.setPassword("wuqing");
      identityService.saveUser(second);
      identityService.createMembership("wuqing", "quality-inspectors");
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aFindingIsRectifiedOnTimeAndVerifiedByAnInspectorWhoDidNotRaiseIt() {
    ProcessInstance rectification = findingOnSpotCheck("扣除自费部分计算错误，多赔付 860 元");
    assertThat(rectification).isWaitingAt("rectifySpotCheckFinding");
    assertThat(rectification).task().hasCandidateGroup("claims-supervisors");
    Rectifications.Rectification open = record(rectification);
    assertThat(open.raisedBy()).isEqualTo("zhoumin");
    assertThat(open.status()).isEqualTo("OPEN");
    assertThat(Duration.between(open.raisedAt(), open.dueAt())).isEqualTo(Duration.ofDays(10));
    assertThat(task(rectification, "rectifySpotCheckFinding").getDueDate()).isEqualTo(Date.from(open.dueAt()));

    complete(rectification, "rectifySpotCheckFinding", "wangfang",
        Map.of("rectification", "已向客户追回多付 860 元，并对审核人员进行自费项目扣除培训"));
    assertThat(rectification).isWaitingAt("verifyRectification");
    assertThat(rectification).task().hasCandidateGroup("quality-inspectors");
    Task verify = task(rectification, "verifyRectification");
    assertThatThrownBy(() -> taskService.claim(verify.getId(), "zhoumin")).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("不得验证");
    complete(rectification, "verifyRectification", "wuqing", Map.of("rectificationEffective", true));

    assertThat(rectification).hasPassed("findingClosed").isEnded();
    Rectifications.Rectification closed = record(rectification);
    assertThat(closed.status()).isEqualTo("VERIFIED");
    assertThat(closed.rectifiedBy()).isEqualTo("wangfang");
    assertThat(closed.verifiedBy()).isEqualTo("wuqing");
    assertThat(closed.overdue()).isFalse();
  }

  @Test
  void anOverdueRectificationIsRecordedAndEscalatedToTheClaimsManagers() {
    ProcessInstance rectification = findingOnSpotCheck("未按规定核对住院病历原件");
    advance(Duration.ofDays(11));
    Job overdue = managementService.createJobQuery().processInstanceId(rectification.getId())
        .activityId("rectificationOverdue").singleResult();
    managementService.executeJob(overdue.getId());

    assertThat(rectification).hasPassed("escalateOverdueRectification", "overdueEscalated")
        .isWaitingAt("rectifySpotCheckFinding");
    assertThat(record(rectification).overdue()).isTrue();
    Task task = task(rectification, "rectifySpotCheckFinding");
    assertThat(task.getPriority()).isEqualTo(100);
    assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
        .contains("claims-supervisors", "claims-managers");

    complete(rectification, "rectifySpotCheckFinding", "chenjie", Map.of("rectification", "已补核病历原件，结论不变"));
    complete(rectification, "verifyRectification", "wuqing", Map.of("rectificationEffective", true));
    assertThat(rectification).isEnded();
  }

  @Test
  void anInsufficientRectificationGoesBackWithANewDeadline() {
    ProcessInstance rectification = findingOnSpotCheck("理赔决定书未说明拒赔条款");
    complete(rectification, "rectifySpotCheckFinding", "wangfang", Map.of("rectification", "已口头告知客户"));
    advance(Duration.ofDays(3));
    complete(rectification, "verifyRectification", "wuqing", Map.of("rectificationEffective", false));

    assertThat(rectification).isWaitingAt("rectifySpotCheckFinding");
    Rectifications.Rectification reopened = record(rectification);
    assertThat(reopened.status()).isEqualTo("REOPENED");
    assertThat(reopened.dueAt()).isAfter(reopened.raisedAt().plus(Duration.ofDays(12)));
    assertThat(task(rectification, "rectifySpotCheckFinding").getDueDate()).isEqualTo(Date.from(reopened.dueAt()));
  }

  @Test
  void aRectificationNeedsWhatWasPutRight() {
    ProcessInstance rectification = findingOnSpotCheck("资料清单缺少费用明细");
    Task task = task(rectification, "rectifySpotCheckFinding");
    taskService.claim(task.getId(), "wangfang");
    assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("rectification", " ")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("rectification");
  }

  @Test
  void aSpotCheckWithEverythingInOrderOpensNoRectification() {
    String claimNumber = claimAtSpotCheck();
    spotCheck(claimNumber, true, "材料齐全，赔付合理");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(SpotCheckRectificationProcess.KEY)
        .processInstanceBusinessKey("RECT-" + claimNumber).count()).isZero();
  }

  // --- steps -------------------------------------------------------------------------------------

  private ProcessInstance findingOnSpotCheck(String finding) {
    String claimNumber = claimAtSpotCheck();
    spotCheck(claimNumber, false, finding);
    ProcessInstance rectification = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(SpotCheckRectificationProcess.KEY).processInstanceBusinessKey("RECT-" + claimNumber)
        .singleResult();
    assertThat(rectification).as("rectification of " + claimNumber).isNotNull();
    return rectification;
  }

  /** An archived claim drawn for a spot check, waiting in claimHandling's spotCheckClaim. */
  private String claimAtSpotCheck() {
    String claimNumber = claimService.submit(ClaimFixtures.medicalClaimWithAllDocuments(), null, "channel").claim()
        .claimNumber();
    runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(claimNumber).list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test: straight to the spot check"));
    jdbc.update("INSERT INTO claim_spot_check (claim_number, drawn_at, basis, sampling_rate) VALUES (?, ?, 'STANDARD', 1)",
        claimNumber, new Timestamp(ClockUtil.getCurrentTime().getTime()));
    runtimeService.createProcessInstanceByKey("claimHandling").businessKey(claimNumber)
        .setVariables(Map.of("claimNumber", claimNumber, "greenChannel", false))
        .startBeforeActivity("spotCheckClaim").execute();
    return claimNumber;
  }

  private void spotCheck(String claimNumber, boolean inOrder, String findings) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(claimNumber).taskDefinitionKey("spotCheckClaim")
        .singleResult();
    taskService.claim(task.getId(), "zhoumin");
    taskService.complete(task.getId(), Map.of("processFollowed", true, "reviewAccurate", true,
        "paymentReasonable", inOrder, "spotCheckFindings", findings));
  }

  private void complete(ProcessInstance instance, String taskKey, String user, Map<String, Object> variables) {
    Task task = task(instance, taskKey);
    taskService.claim(task.getId(), user);
    taskService.complete(task.getId(), variables);
  }

  private Task task(ProcessInstance instance, String taskKey) {
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as("task " + taskKey).isNotNull();
    return task;
  }

  private Rectifications.Rectification record(ProcessInstance rectification) {
    return rectifications.require((String) historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(rectification.getId()).variableName("rectificationId").singleResult().getValue());
  }

  private static void advance(Duration duration) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
  }
}
