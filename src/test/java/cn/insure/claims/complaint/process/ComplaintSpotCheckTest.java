package cn.insure.claims.complaint.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.math.BigDecimal;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.complaint.ComplaintFixtures;
import cn.insure.claims.complaint.ComplaintService;
import cn.insure.claims.complaint.ComplaintSpotChecks;
import cn.insure.claims.quality.process.SpotCheckRectificationProcess;

/**
 * Closed complaints are spot-checked too (seed 003 §四(一)2): a drawn complaint waits for a quality
 * inspector; a finding goes to the complaints supervisors to be rectified; an inspector who worked on
 * the complaint may not check it.
 */
@ClaimsSpringBootTest
class ComplaintSpotCheckTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired ComplaintService complaintService;
  @Autowired ComplaintSpotChecks spotChecks;
  @Autowired JdbcTemplate jdbc;

  Object rate;

  @BeforeEach
  void everyClosedComplaintIsDrawn() {
    init(processEngine);
    rate = ReflectionTestUtils.getField(spotChecks, "rate");
    ReflectionTestUtils.setField(spotChecks, "rate", BigDecimal.ONE);
  }

  @AfterEach
  void theConfiguredRateAgain() {
    ReflectionTestUtils.setField(spotChecks, "rate", rate);
  }

  @Test
  void aFindingOnADrawnComplaintIsRectifiedByTheComplaintsSupervisors() {
    ProcessInstance complaint = closed();
    assertThat(complaint).isWaitingAt("spotCheckComplaint");
    assertThat(complaint).task().hasCandidateGroup("quality-inspectors");

    complete(complaint, "zhoumin", Map.of("processFollowed", true, "resolutionReasonable", false,
        "customerInformed", true, "spotCheckFindings", "答复未说明坐席增加的时间，客户无法核实"));

    assertThat(complaint).hasPassed("complaintSpotChecked").isEnded();
    ProcessInstance rectification = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(SpotCheckRectificationProcess.KEY).processInstanceBusinessKey("RECT-"
            + complaint.getBusinessKey()).singleResult();
    assertThat(rectification).isWaitingAt(SpotCheckRectificationProcess.RECTIFY);
    assertThat(rectification).task().hasCandidateGroup("complaints-supervisors");
    org.assertj.core.api.Assertions.assertThat(runtimeService.getVariable(rectification.getId(), "complaintNumber"))
        .isEqualTo(complaint.getBusinessKey());
    org.assertj.core.api.Assertions.assertThat(jdbc.queryForMap("SELECT inspected_by, resolution_reasonable, findings "
        + "FROM complaint_spot_check WHERE complaint_number = ?", complaint.getBusinessKey()))
        .containsEntry("inspected_by", "zhoumin").containsEntry("resolution_reasonable", false);
  }

  @Test
  void aDrawnComplaintFoundInOrderEndsWithoutRectification() {
    ProcessInstance complaint = closed();
    assertThatThrownBy(() -> complete(complaint, "zhoumin", Map.of("processFollowed", false,
        "resolutionReasonable", true, "customerInformed", true))).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("spotCheckFindings");

    complete(complaint, "zhoumin", Map.of("processFollowed", true, "resolutionReasonable", true,
        "customerInformed", true));

    assertThat(complaint).isEnded();
    org.assertj.core.api.Assertions.assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey("RECT-" + complaint.getBusinessKey()).count()).isZero();
  }

  @Test
  void aComplaintNotDrawnIsClosedWithoutASpotCheck() {
    ReflectionTestUtils.setField(spotChecks, "rate", BigDecimal.ZERO);
    ProcessInstance complaint = closed();
    assertThat(complaint).hasPassed("drawComplaintSpotCheck", "complaintClosed").hasNotPassed("spotCheckComplaint")
        .isEnded();
  }

  @Test
  void anInspectorWhoHandledTheComplaintMayNotCheckIt() {
    identityService.createMembership("zhaolei", "quality-inspectors");
    try {
      ProcessInstance complaint = closed();
      assertThatThrownBy(() -> complete(complaint, "zhaolei", Map.of("processFollowed", true,
          "resolutionReasonable", true, "customerInformed", true))).isInstanceOf(ProcessEngineException.class)
          .hasMessageContaining("zhaolei worked on this complaint");
      assertThat(complaint).isWaitingAt("spotCheckComplaint");
    } finally {
      identityService.deleteMembership("zhaolei", "quality-inspectors");
    }
  }

  /** A service complaint handled by zhaolei, the complainant satisfied: closed. */
  private ProcessInstance closed() {
    String number = complaintService.submit(ComplaintFixtures.serviceComplaint(), null, "channel").complaint()
        .complaintNumber();
    ProcessInstance complaint = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ComplaintHandlingProcess.KEY).processInstanceBusinessKey(number).singleResult();
    Task handle = taskService.createTaskQuery().processInstanceId(complaint.getId()).taskDefinitionKey("handleComplaint")
        .singleResult();
    taskService.claim(handle.getId(), "zhaolei");
    taskService.complete(handle.getId(), Map.of("resolved", true, "resolution", "已增加坐席并回电致歉",
        "extensionRequested", false));
    complaintService.recordFeedback(number, true, "感谢回电", "channel");
    assertThat(complaint).hasPassed("closeComplaint");
    return complaint;
  }

  private void complete(ProcessInstance complaint, String inspector, Map<String, Object> verdict) {
    Task task = taskService.createTaskQuery().processInstanceId(complaint.getId())
        .taskDefinitionKey("spotCheckComplaint").singleResult();
    if (!inspector.equals(task.getAssignee())) {
      taskService.claim(task.getId(), inspector);
    }
    taskService.complete(task.getId(), verdict);
  }
}
