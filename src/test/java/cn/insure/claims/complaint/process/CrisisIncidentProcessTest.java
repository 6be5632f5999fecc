package cn.insure.claims.complaint.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.complaint.ComplaintFixtures;
import cn.insure.claims.complaint.ComplaintRepository;
import cn.insure.claims.complaint.ComplaintService;
import cn.insure.claims.complaint.CrisisIncident;
import cn.insure.claims.complaint.CrisisIncidents;

/** The path through {@code crisis-incident.bpmn}: the crisis team's four steps and what they leave on record. */
@ClaimsSpringBootTest
class CrisisIncidentProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ComplaintService complaintService;
  @Autowired ComplaintRepository complaints;
  @Autowired CrisisIncidents incidents;

  @BeforeEach
  void setUp() {
    init(processEngine);
  }

  @Test
  void theCrisisTeamAssessesRespondsCommunicatesAndSummarisesTheCauseAndTheIncidentCloses() {
    String complaintNumber = complaintService.submit(ComplaintFixtures.mediaComplaint(), null, "channel").complaint()
        .complaintNumber();
    String incidentId = complaints.find(complaintNumber).orElseThrow().crisisIncidentId();
    ProcessInstance crisis = runtimeService.createProcessInstanceQuery().processDefinitionKey(CrisisIncidentProcess.KEY)
        .processInstanceBusinessKey(incidentId).singleResult();
    assertThat(crisis).isWaitingAt("assessCrisis");
    assertThat(task(crisis).getName()).isEqualTo("评估 Assess · " + incidentId);
    assertThat(runtimeService.getVariable(crisis.getId(), "linkedComplaints").toString()).contains(complaintNumber);

    complete(crisis, Map.of("crisisAssessment", "个别客户，已在微博发帖，舆情风险中等"));
    assertThatThrownBy(() -> complete(crisis, Map.of("crisisResponse", " "))).hasMessageContaining("crisisResponse");
    complete(crisis, Map.of("crisisResponse", "已核实并兑现业务员承诺，书面致歉"));
    assertThat(crisis).hasPassed("answerLinkedComplaints").isWaitingAt("communicateCrisis");
    complete(crisis, Map.of("communicationSummary", "已电话告知客户处理结果，已回复微博留言", "mediaStatementIssued", true));
    assertThatThrownBy(() -> complete(crisis, Map.of("rootCause", "业务员违规承诺返还")))
        .hasMessageContaining("correctiveAction");
    complete(crisis, Map.of("rootCause", "业务员违规承诺返还", "correctiveAction", "销售话术统一审核，违规人员处理"));

    assertThat(crisis).hasPassedInOrder("assessCrisis", "respondToCrisis", "answerLinkedComplaints",
        "communicateCrisis", "summariseCrisis", "closeCrisisIncident").isEnded();
    CrisisIncident incident = incidents.require(incidentId);
    assertThat(incident.status()).isEqualTo("CLOSED");
    assertThat(incident.assessedBy()).isEqualTo("sunli");
    assertThat(incident.mediaStatementIssued()).isTrue();
    assertThat(incident.correctiveAction()).contains("话术");
    assertThat(complaints.events(complaintNumber)).extracting(ComplaintRepository.Event::type)
        .containsSubsequence("CRISIS_INCIDENT_OPENED", "CRISIS_INCIDENT_LINKED", "CRISIS_ANSWERED",
            "CRISIS_INCIDENT_CLOSED");
  }

  private void complete(ProcessInstance crisis, Map<String, Object> variables) {
    Task task = task(crisis);
    if (task.getAssignee() == null) {
      taskService.claim(task.getId(), "sunli");
    }
    taskService.complete(task.getId(), variables);
  }

  private Task task(ProcessInstance crisis) {
    return taskService.createTaskQuery().processInstanceId(crisis.getId()).singleResult();
  }
}
