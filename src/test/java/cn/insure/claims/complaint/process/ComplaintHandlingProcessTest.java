package cn.insure.claims.complaint.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.claim.ClaimFixtures;
import cn.insure.claims.claim.ClaimService;
import cn.insure.claims.claim.ClaimStatus;
import cn.insure.claims.complaint.Complaint;
import cn.insure.claims.complaint.ComplaintFixtures;
import cn.insure.claims.complaint.ComplaintRepository;
import cn.insure.claims.complaint.ComplaintService;
import cn.insure.claims.complaint.ComplaintStatus;
import cn.insure.claims.complaint.ComplaintSubmission;
import cn.insure.claims.complaint.CrisisIncident;
import cn.insure.claims.complaint.CrisisIncidents;
import cn.insure.claims.notification.NotificationOutbox;
import cn.insure.claims.numbering.CaseNumbers;
import cn.insure.claims.system.errors.ApiException;

/** One test per path through {@code complaint-handling.bpmn} (and the crisis incident it can join). */
@ClaimsSpringBootTest
class ComplaintHandlingProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired ComplaintService complaintService;
  @Autowired ComplaintRepository complaints;
  @Autowired CrisisIncidents incidents;
  @Autowired ClaimService claimService;
  @Autowired JdbcTemplate jdbc;
  @Autowired NotificationOutbox outbox;

  @BeforeEach
  void setUp() {
    init(processEngine);
    ClockUtil.setCurrentTime(new Date());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aResolvedComplaintWhoseComplainantIsSatisfiedIsClosed() {
    ProcessInstance complaint = submit(ComplaintFixtures.serviceComplaint());
    assertThat(complaint).isWaitingAt("handleComplaint");
    assertThat(complaint).task().hasCandidateGroup("complaints-officers");
    Complaint received = record(complaint);
    assertThat(received.urgency()).isEqualTo("GENERAL");
    assertThat(received.decisionDueAt()).isEqualTo(days(received.receivedAt(), 15));
    assertThat(complaints.letters(received.complaintNumber())).singleElement().satisfies(letter -> {
      assertThat(letter.kind()).isEqualTo("ACKNOWLEDGEMENT");
      assertThat(letter.body()).contains("承诺于 " + day(received.decisionDueAt()));
      assertThat(letter.recipient()).contains("139****9000").doesNotContain("13900139000");
    });
    assertThat(outbox.entries(received.complaintNumber())).extracting(NotificationOutbox.Entry::kind,
        NotificationOutbox.Entry::channel).containsExactlyInAnyOrder(tuple("ACKNOWLEDGEMENT", NotificationOutbox.Channel.SMS),
            tuple("ACKNOWLEDGEMENT", NotificationOutbox.Channel.EMAIL));

    handle(complaint, "handleComplaint", "zhaolei", resolved("已核实客服排队过长，已增加坐席并于11月22日回电致歉"));
    assertThat(complaint).isWaitingAt("recordComplainantFeedback");
    complaintService.recordFeedback(complaint.getBusinessKey(), true, "感谢回电", "channel");

    assertThat(complaint).hasPassedInOrder("handleComplaint", "sendResultLetter", "closeComplaint")
        .hasPassed("complaintClosed").isEnded();
    Complaint closed = record(complaint);
    assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(closed.closeReason()).isEqualTo("SATISFIED");
    assertThat(closed.resolvedBy()).isEqualTo("zhaolei");
    assertThat(complaints.letters(closed.complaintNumber())).extracting(ComplaintRepository.Letter::kind)
        .containsExactly("ACKNOWLEDGEMENT", "RESULT");
    assertThat(complaints.events(closed.complaintNumber())).extracting(ComplaintRepository.Event::type)
        .containsSubsequence("RECEIVED", "TRIAGED", "LETTER_SENT", "RESOLVED", "LETTER_SENT", "SATISFIED", "CLOSED");
  }

  @Test
  void aDissatisfiedComplainantGetsOneReviewByNobodyWhoHandledItAndAFinalLetterWithTheExternalRoutes() {
    // demo (an administrator) may work any task, so only the separation rule can stop them reviewing.
    ProcessInstance complaint = submit(ComplaintFixtures.serviceComplaint());
    handle(complaint, "handleComplaint", "demo", resolved("已增加坐席，诉求已满足"));
    complete(complaint, "recordComplainantFeedback", "zhaolei", Map.of("satisfied", false,
        "feedbackComment", "只是道歉，没有补偿"));

    assertThat(complaint).isWaitingAt("reviewComplaint");
    assertThat(complaint).task().hasCandidateGroup("complaints-supervisors");
    Task review = task(complaint, "reviewComplaint");
    assertThatThrownBy(() -> taskService.claim(review.getId(), "demo")).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("处理人不得核查");
    complete(complaint, "reviewComplaint", "sunli", Map.of("reviewOutcome", "REVISED",
        "reviewComment", "原处理未考虑客户损失，改为赠送一年增值服务并书面致歉"));

    assertThat(complaint).hasPassed("sendFinalLetter", "complaintClosed").isEnded();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(complaint.getId())
        .activityId("reviewComplaint").count()).isOne();
    Complaint closed = record(complaint);
    assertThat(closed.closeReason()).isEqualTo("REVIEWED");
    assertThat(closed.reviewedBy()).isEqualTo("sunli");
    assertThat(complaints.letters(closed.complaintNumber())).last().satisfies(letter -> {
      assertThat(letter.kind()).isEqualTo("FINAL");
      assertThat(letter.body()).contains("变更原处理意见").contains("调解").contains("12378").contains("诉讼");
    });
    assertThatThrownBy(() -> complaintService.recordFeedback(closed.complaintNumber(), false, "再次申请", "channel"))
        .isInstanceOf(ApiException.class).hasMessageContaining("409");
  }

  @Test
  void aHandlerMayExtendOnceWithAReasonAndOnceMoreWithASupervisorsApproval() {
    ProcessInstance complaint = submit(ComplaintFixtures.serviceComplaint());
    Instant received = record(complaint).receivedAt();
    assertThatThrownBy(() -> handle(complaint, "handleComplaint", "zhaolei", extension(null)))
        .hasMessageContaining("extensionReason");
    assertThatThrownBy(() -> handle(complaint, "handleComplaint", "zhaolei", Map.of("resolved", false)))
        .hasMessageContaining("Resolve the complaint or ask for an extension");

    handle(complaint, "handleComplaint", "zhaolei", extension("需调取三个月的通话录音核实"));
    assertThat(complaint).isWaitingAt("handleComplaint").hasNotPassed("approveExtension");
    assertThat(record(complaint).decisionDueAt()).isEqualTo(days(received, 30));
    assertThat(timer(complaint, "handlerDeadlinePassed").getDuedate().toInstant()).isEqualTo(days(received, 30));
    assertThat(task(complaint, "handleComplaint").getDueDate().toInstant()).isEqualTo(days(received, 30));

    handle(complaint, "handleComplaint", "zhaolei", extension("涉及第三方外包坐席公司，需其出具书面说明"));
    assertThat(complaint).isWaitingAt("approveExtension");
    assertThat(runtimeService.getVariable(complaint.getId(), "requestedExtensionReason").toString())
        .contains("外包坐席");
    assertThat(record(complaint).status()).isEqualTo(ComplaintStatus.AWAITING_EXTENSION_APPROVAL);
    complete(complaint, "approveExtension", "sunli", Map.of("extensionApproved", true,
        "approvalComment", "同意，需在新期限内办结"));

    assertThat(complaint).isWaitingAt("handleComplaint");
    Complaint extended = record(complaint);
    assertThat(extended.decisionDueAt()).isEqualTo(days(received, 60));
    assertThat(extended.extensionCount()).isEqualTo(2);
    assertThat(complaints.letters(extended.complaintNumber())).filteredOn(l -> l.kind().equals("EXTENSION"))
        .hasSize(2).last().satisfies(letter -> assertThat(letter.body()).contains("外包坐席").contains("审批")
            .contains(day(days(received, 60))));

    assertThatThrownBy(() -> handle(complaint, "handleComplaint", "zhaolei", extension("还需要时间")))
        .hasMessageContaining("No extension left");
    handle(complaint, "handleComplaint", "zhaolei", resolved("外包公司已整改，赔偿话费补贴200元"));
    assertThat(complaint).isWaitingAt("recordComplainantFeedback");
  }

  @Test
  void aHandlerWhoMissesTheDeadlineIsRemindedThenASupervisorTakesOverAndAManagerIsAlerted() {
    ProcessInstance complaint = submit(ComplaintFixtures.serviceComplaint());
    String number = complaint.getBusinessKey();
    taskService.claim(task(complaint, "handleComplaint").getId(), "zhaolei");

    advance(Duration.ofDays(13));
    execute(timer(complaint, "handlerReminderDue"));
    assertThat(complaints.events(number)).extracting(ComplaintRepository.Event::type).contains("HANDLER_REMINDED");
    assertThat(task(complaint, "handleComplaint").getPriority()).isEqualTo(90);

    advance(Duration.ofDays(3));
    execute(timer(complaint, "handlerDeadlinePassed"));
    assertThat(complaint).isWaitingAt("handleEscalatedComplaint");
    assertThat(complaint).task().hasCandidateGroup("complaints-supervisors");
    assertThat(record(complaint).status()).isEqualTo(ComplaintStatus.ESCALATED);
    assertThat(complaints.breaches(number)).singleElement().satisfies(breach -> {
      assertThat(breach.stage()).isEqualTo("HANDLER");
      assertThat(breach.responsible()).isEqualTo("zhaolei");
      assertThat(breach.escalatedTo()).isEqualTo("complaints-supervisors");
    });
    assertThat(breachIncidents(complaint)).isOne();

    advance(Duration.ofDays(4));
    execute(timer(complaint, "supervisorDeadlinePassed"));
    assertThat(complaints.breaches(number)).extracting(ComplaintRepository.Breach::stage,
        ComplaintRepository.Breach::escalatedTo).containsExactly(
            tuple("HANDLER", "complaints-supervisors"),
            tuple("SUPERVISOR", "claims-managers"));
    assertThat(breachIncidents(complaint)).isEqualTo(2);
    assertThat(complaint).isWaitingAt("handleEscalatedComplaint");

    handle(complaint, "handleEscalatedComplaint", "sunli", resolved("主管已回电致歉并安排专人跟进"));
    assertThat(complaint).isWaitingAt("recordComplainantFeedback");
    assertThat(breachIncidents(complaint)).isZero();
    assertThat(historyService.createHistoricIncidentQuery().processInstanceId(complaint.getId())
        .incidentType(ComplaintHandlingProcess.INCIDENT_DEADLINE_BREACHED).count()).isEqualTo(2);
    assertThat(runtimeService.getVariable(complaint.getId(), "complaintHandlers")).isEqualTo("sunli");
  }

  @Test
  void aMajorComplaintGoesToTheCrisisTeamWhoseAnswerResolvesIt() {
    ProcessInstance complaint = submit(ComplaintFixtures.mediaComplaint());
    assertThat(complaint).isWaitingAt("awaitCrisisAnswer");
    Complaint major = record(complaint);
    assertThat(major.urgency()).isEqualTo("MAJOR");
    assertThat(major.handlingGroup()).isEqualTo("crisis-team");
    assertThat(major.decisionDueAt()).isEqualTo(days(major.receivedAt(), 30));
    ProcessInstance crisis = crisisOf(major.crisisIncidentId());
    assertThat(crisis).isWaitingAt("assessCrisis");
    assertThat(crisis).task().hasCandidateGroup("crisis-team");

    advance(Duration.ofDays(31));
    execute(timer(complaint, "crisisDeadlinePassed"));
    assertThat(complaints.breaches(major.complaintNumber())).extracting(ComplaintRepository.Breach::stage)
        .containsExactly("CRISIS_TEAM");

    complete(crisis, "assessCrisis", "sunli", Map.of("crisisAssessment", "单一客户，媒体风险中等，涉及业务员销售承诺"));
    complete(crisis, "respondToCrisis", "sunli", Map.of("crisisResponse",
        "经核实业务员确有不当承诺，公司按承诺金额予以补偿并书面致歉"));
    assertThat(complaint).isWaitingAt("recordComplainantFeedback");
    assertThat(record(complaint).resolution()).contains("书面致歉");
    complete(crisis, "communicateCrisis", "sunli", Map.of("communicationSummary", "已电话沟通客户，未接到媒体问询",
        "mediaStatementIssued", false));
    complete(crisis, "summariseCrisis", "sunli", Map.of("rootCause", "业务员培训缺失，销售话术未经审核",
        "correctiveAction", "全员销售合规培训，话术统一审核"));

    assertThat(crisis).hasPassed("answerLinkedComplaints", "crisisIncidentClosed").isEnded();
    CrisisIncident closed = incidents.require(major.crisisIncidentId());
    assertThat(closed.status()).isEqualTo("CLOSED");
    assertThat(closed.rootCause()).contains("培训");
    assertThat(closed.causeKey()).isEqualTo("COMPLAINT:" + major.complaintNumber());
  }

  @Test
  void massComplaintsWithTheSameCauseAreGroupedIntoOneIncidentAndAnsweredFromIt() {
    String typhoon = "TYPHOON-" + System.nanoTime();
    String firstClaim = claimOfEvent(typhoon);
    String secondClaim = claimOfEvent(typhoon);

    ProcessInstance single = submit(ComplaintFixtures.claimComplaint(firstClaim));
    assertThat(single).isWaitingAt("handleComplaint");
    assertThat(single).task().hasCandidateGroup("claims-supervisors");

    ProcessInstance mass = submit(ComplaintFixtures.massComplaint(secondClaim));
    Complaint massRecord = record(mass);
    assertThat(massRecord.massComplaint()).isTrue();
    assertThat(mass).isWaitingAt("awaitCrisisAnswer");
    String incidentId = massRecord.crisisIncidentId();
    // The complaint handled one by one is pulled into the incident.
    assertThat(single).isWaitingAt("awaitCrisisAnswer").hasPassed("linkedToCrisisIncident");
    assertThat(record(single).crisisIncidentId()).isEqualTo(incidentId);

    ProcessInstance later = submit(ComplaintFixtures.claimComplaint(secondClaim));
    assertThat(later).isWaitingAt("awaitCrisisAnswer");
    assertThat(record(later).crisisIncidentId()).isEqualTo(incidentId);
    assertThat(record(later).triageReason()).contains("crisis incident for the same cause");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(CrisisIncidentProcess.KEY)
        .processInstanceBusinessKey(incidentId).count()).isOne();

    ProcessInstance crisis = crisisOf(incidentId);
    complete(crisis, "assessCrisis", "sunli", Map.of("crisisAssessment", "台风后同一小区集中报案，查勘力量不足"));
    complete(crisis, "respondToCrisis", "sunli", Map.of("crisisResponse",
        "已增派查勘员，三日内完成全部查勘定损，符合条件的先行预付赔款"));
    for (ProcessInstance answered : List.of(single, mass, later)) {
      assertThat(answered).isWaitingAt("recordComplainantFeedback");
      assertThat(record(answered).resolution()).contains("增派查勘员");
    }

    ProcessInstance afterTheAnswer = submit(ComplaintFixtures.massComplaint(firstClaim));
    assertThat(afterTheAnswer).hasPassed("joinCrisisIncident").hasNotPassed("awaitCrisisAnswer").isWaitingAt("recordComplainantFeedback");
    assertThat(record(afterTheAnswer).crisisIncidentId()).isEqualTo(incidentId);
    assertThat(complaints.ofIncident(incidentId)).hasSize(4);
    assertThat(runtimeService.getVariable(crisis.getId(), "linkedComplaints").toString().lines()).hasSize(4);
  }

  @Test
  void tenProductComplaintsAboutOneProductBecomeOneCrisisIncidentForTheProduct() {
    List<ProcessInstance> oneByOne = new ArrayList<>();
    for (int customer = 1; customer <= 9; customer++) {
      ProcessInstance complaint = submit(ComplaintFixtures.misSoldWholeLifeComplaint(customer));
      assertThat(complaint).isWaitingAt("handleComplaint");
      assertThat(record(complaint).massComplaint()).isFalse();
      oneByOne.add(complaint);
    }

    ProcessInstance tenth = submit(ComplaintFixtures.misSoldWholeLifeComplaint(10));

    Complaint tenthRecord = record(tenth);
    assertThat(tenthRecord.urgency()).isEqualTo("MAJOR");
    assertThat(tenthRecord.massComplaint()).isTrue();
    assertThat(tenthRecord.causeKey()).isEqualTo("PRODUCT:终身寿险");
    assertThat(tenthRecord.triageReason()).contains("same policy product");
    assertThat(tenth).isWaitingAt("awaitCrisisAnswer");
    String incidentId = tenthRecord.crisisIncidentId();
    assertThat(incidents.require(incidentId).causeKey()).isEqualTo("PRODUCT:终身寿险");
    for (ProcessInstance earlier : oneByOne) {
      assertThat(earlier).isWaitingAt("awaitCrisisAnswer");
      assertThat(record(earlier).crisisIncidentId()).isEqualTo(incidentId);
    }

    ProcessInstance eleventh = submit(ComplaintFixtures.misSoldWholeLifeComplaint(11));
    assertThat(eleventh).isWaitingAt("awaitCrisisAnswer");
    assertThat(record(eleventh).crisisIncidentId()).isEqualTo(incidentId);
    assertThat(complaints.ofIncident(incidentId)).hasSize(11);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(CrisisIncidentProcess.KEY)
        .processInstanceBusinessKey(incidentId).count()).isOne();

    ProcessInstance serviceComplaint = submit(ComplaintFixtures.serviceComplaint());
    assertThat(serviceComplaint).as("a complaint about another product stays on its own").isWaitingAt("handleComplaint");
  }

  @Test
  void aClaimsComplaintAboutADecidedClaimSendsItToPanelReconsiderationAndFollowsTheOutcome() {
    String claimNumber = claimService.submit(ClaimFixtures.medicalClaimWithAllDocuments(), null, "channel").claim()
        .claimNumber();
    ProcessInstance claim = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(claimNumber)
        .singleResult();
    complete(claim, "firstReview", "zhangwei", Map.of("liability", "NOT_COVERED", "assessedAmount", 0,
        "fraudSuspected", false, "reviewComment", "等待期内出险，依据条款第五条不予赔付"));
    assertThat(claim).isWaitingAt("awaitDisputeGateway");

    ProcessInstance complaint = submit(ComplaintFixtures.rejectedClaimComplaint(claimNumber));
    Complaint routed = record(complaint);
    assertThat(routed.category()).isEqualTo("CLAIMS");
    assertThat(routed.decisionDueAt()).isEqualTo(days(routed.receivedAt(), 30));
    assertThat(complaint).isWaitingAt("awaitClaimReconsideration");
    assertThat(claim).isWaitingAt("panelReconsideration");
    assertThat(claimService.find(claimNumber).orElseThrow().status()).isEqualTo(ClaimStatus.IN_RECONSIDERATION);

    complete(claim, "panelReconsideration", "chenjie", Map.of("reconsiderationDecision", "REVISED",
        "approvedAmount", 8000, "panelOpinion", "入院记录证明等待期已满，改为赔付8000元"));

    assertThat(complaint).hasPassed("recordReconsiderationOutcome").isWaitingAt("recordComplainantFeedback");
    Complaint answered = record(complaint);
    assertThat(answered.claimReconsideration()).isEqualTo("REVISED");
    assertThat(answered.resolution()).contains("变更原理赔决定").contains("8000");
    assertThat(answered.resolvedBy()).isEqualTo("chenjie");
    assertThat(complaints.letters(answered.complaintNumber())).last()
        .satisfies(letter -> assertThat(letter.body()).contains("变更原理赔决定"));
  }

  @Test
  void aComplaintWithoutAnAnswerToTheResultClosesAfterTheWindow() {
    ProcessInstance complaint = submit(ComplaintFixtures.serviceComplaint());
    handle(complaint, "handleComplaint", "zhaolei", resolved("已回电致歉"));
    assertThat(record(complaint).feedbackDueAt()).isNotNull();

    advance(Duration.ofDays(31));
    execute(timer(complaint, "feedbackWindowClosed"));

    assertThat(complaint).hasPassed("feedbackWindowClosed", "complaintClosed").hasNotPassed("reviewComplaint").isEnded();
    assertThat(record(complaint).closeReason()).isEqualTo("NO_FEEDBACK");
  }

  @Test
  void aComplaintTakenByPhoneIsRegisteredFromTheStartFormWithoutClearContactDetails() {
    Map<String, Object> form = new HashMap<>();
    form.put("channel", "PHONE");
    form.put("complainantName", "韩梅梅");
    form.put("complainantPhone", "13912345678");
    form.put("complainantCount", 1L);
    form.put("policyNumber", "p-med-2026-000002");
    form.put("subject", "保单变更迟迟未办");
    form.put("description", "两周前提交的受益人变更至今未处理。");
    ProcessInstance complaint = runtimeService.startProcessInstanceByKey(ComplaintHandlingProcess.KEY, form);

    assertThat(complaint).isWaitingAt("handleComplaint");
    String number = runtimeService.getVariable(complaint.getId(), "complaintNumber").toString();
    assertThat(number).matches("CMP-\\d{8}-\\d{6}");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(complaint.getId()).singleResult()
        .getBusinessKey()).isEqualTo(number);
    assertThat(runtimeService.getVariable(complaint.getId(), "complainantPhone")).isNull();
    assertThat(runtimeService.getVariable(complaint.getId(), "complainantContactMasked")).isEqualTo("139****5678");
    assertThat(complaints.find(number).orElseThrow().policyNumber()).isEqualTo("P-MED-2026-000002");

    Map<String, Object> invalid = new HashMap<>(form);
    invalid.put("complainantPhone", "12345");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ComplaintHandlingProcess.KEY, invalid))
        .hasMessageContaining("complainantPhone");
  }

  // --- steps -------------------------------------------------------------------------------------

  private ProcessInstance submit(ComplaintSubmission submission) {
    String number = complaintService.submit(submission, null, "channel").complaint().complaintNumber();
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintHandlingProcess.KEY)
        .processInstanceBusinessKey(number).singleResult();
  }

  private ProcessInstance crisisOf(String incidentId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(CrisisIncidentProcess.KEY)
        .processInstanceBusinessKey(incidentId).singleResult();
  }

  private String claimOfEvent(String eventId) {
    String claimNumber = claimService.submit(ClaimFixtures.medicalClaimWithAllDocuments(), null, "channel").claim()
        .claimNumber();
    jdbc.update("UPDATE claim SET catastrophe_event_id = ?, green_channel = TRUE WHERE claim_number = ?", eventId,
        claimNumber);
    return claimNumber;
  }

  private static Map<String, Object> resolved(String resolution) {
    return Map.of("resolved", true, "resolution", resolution, "extensionRequested", false);
  }

  private static Map<String, Object> extension(String reason) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("resolved", false);
    variables.put("extensionRequested", true);
    variables.put("extensionReason", reason);
    return variables;
  }

  private void handle(ProcessInstance complaint, String taskKey, String user, Map<String, Object> variables) {
    complete(complaint, taskKey, user, variables);
  }

  private void complete(ProcessInstance instance, String taskKey, String user, Map<String, Object> variables) {
    Task task = task(instance, taskKey);
    if (!user.equals(task.getAssignee())) {
      taskService.claim(task.getId(), user);
    }
    taskService.complete(task.getId(), variables);
  }

  private Task task(ProcessInstance instance, String taskKey) {
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as("task " + taskKey).isNotNull();
    return task;
  }

  private Job timer(ProcessInstance instance, String timerId) {
    Job job = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(timerId)
        .singleResult();
    assertThat(job).as("timer " + timerId).isNotNull();
    return job;
  }

  private void execute(Job job) {
    managementService.executeJob(job.getId());
  }

  private long breachIncidents(ProcessInstance complaint) {
    return runtimeService.createIncidentQuery().processInstanceId(complaint.getId())
        .incidentType(ComplaintHandlingProcess.INCIDENT_DEADLINE_BREACHED).count();
  }

  private Complaint record(ProcessInstance complaint) {
    return complaints.find(complaint.getBusinessKey()).orElseThrow();
  }

  private static Instant days(Instant from, int days) {
    return from.atZone(CaseNumbers.BUSINESS_ZONE).plusDays(days).toInstant();
  }

  private static String day(Instant instant) {
    return instant.atZone(CaseNumbers.BUSINESS_ZONE).toLocalDate().toString();
  }

  private static void advance(Duration duration) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
  }
}
