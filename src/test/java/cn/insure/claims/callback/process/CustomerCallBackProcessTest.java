package cn.insure.claims.callback.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

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
import org.springframework.context.ApplicationEventPublisher;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.callback.CallBack;
import cn.insure.claims.callback.CallBackResults;
import cn.insure.claims.claim.ClaimFixtures;
import cn.insure.claims.claim.ClaimService;
import cn.insure.claims.complaint.Complaint;
import cn.insure.claims.complaint.ComplaintClosed;
import cn.insure.claims.complaint.ComplaintFixtures;
import cn.insure.claims.complaint.ComplaintService;
import cn.insure.claims.notification.NotificationOutbox;

/** One test per path through {@code customer-call-back.bpmn}, started by closed claims and complaints. */
@ClaimsSpringBootTest
class CustomerCallBackProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired ComplaintService complaintService;
  @Autowired ClaimService claimService;
  @Autowired CallBackResults results;
  @Autowired NotificationOutbox outbox;
  @Autowired ApplicationEventPublisher events;

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
  void aClosedComplaintIsCalledBackAndASatisfiedCustomersAnswersAreKeptWithTheComplaint() {
    String complaintNumber = complaintClosedSatisfied();
    ProcessInstance callBack = callBackOf(complaintNumber);
    assertThat(callBack).isWaitingAt("makeCallBack");
    assertThat(callBack).task().hasCandidateGroup("customer-service");
    assertThat(runtimeService.getVariable(callBack.getId(), "selectionReason")).isEqualTo("CLOSED_COMPLAINT");

    complete(callBack, "gaojing", answers(5, 5, 4, 5, "处理及时，态度很好"));

    assertThat(callBack).hasPassed("customerSatisfied").isEnded();
    CallBack result = results.find(CallBack.COMPLAINT, complaintNumber).orElseThrow();
    assertThat(result.outcome()).isEqualTo(CallBack.REACHED);
    assertThat(result.overallSatisfaction()).isEqualTo(5);
    assertThat(result.attitudeScore()).isEqualTo(4);
    assertThat(result.calledBy()).isEqualTo("gaojing");
    assertThat(result.followUpOpened()).isFalse();
    assertThat(result.attempts()).isOne();
  }

  @Test
  void aRejectedClaimIsCalledBackAndADissatisfiedCustomerWhoWantsToComplainGetsAComplaintAndAFollowUp() {
    String claimNumber = rejectedAndArchivedClaim();
    ProcessInstance callBack = callBackOf(claimNumber);
    assertThat(callBack).isWaitingAt("makeCallBack");
    assertThat(runtimeService.getVariable(callBack.getId(), "selectionReason")).isEqualTo("REJECTED_CLAIM");

    Map<String, Object> unhappy = answers(2, 2, 3, 1, "拒赔理由没有解释清楚");
    unhappy.put("wantsComplaint", true);
    complete(callBack, "gaojing", unhappy);
    execute(callBack, "raiseComplaintFromCallBack");

    assertThat(callBack).isWaitingAt("followUpDissatisfaction");
    assertThat(callBack).task().hasCandidateGroup("claims-supervisors");
    String complaintNumber = (String) runtimeService.getVariable(callBack.getId(), "linkedComplaintNumber");
    Complaint complaint = complaintService.require(complaintNumber);
    assertThat(complaint.claimNumber()).isEqualTo(claimNumber);
    assertThat(complaint.complainantName()).isEqualTo("王小明");
    assertThat(complaint.description()).contains("拒赔理由没有解释清楚");

    Task followUp = task(callBack, "followUpDissatisfaction");
    taskService.claim(followUp.getId(), "wangfang");
    assertThatThrownBy(() -> taskService.complete(followUp.getId(), Map.of()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("followUpNote");
    taskService.complete(followUp.getId(), Map.of("followUpNote", "已致电客户，逐条解释拒赔依据，并告知复议途径"));

    assertThat(callBack).hasPassed("dissatisfactionFollowedUp").isEnded();
    CallBack result = results.find(CallBack.CLAIM, claimNumber).orElseThrow();
    assertThat(result.followUpOpened()).isTrue();
    assertThat(result.linkedComplaintNumber()).isEqualTo(complaintNumber);
    assertThat(result.followUpBy()).isEqualTo("wangfang");
    assertThat(result.followUpNote()).contains("复议途径");
  }

  @Test
  void aLowScoreWithoutAComplaintGoesToTheSupervisorsOnly() {
    String complaintNumber = closedComplaint();
    ProcessInstance callBack = callBackOf(complaintNumber);

    complete(callBack, "gaojing", answers(1, 2, 2, 2, null));

    assertThat(callBack).isWaitingAt("followUpDissatisfaction").hasNotPassed("raiseComplaintFromCallBack");
    assertThat(callBack).task().hasCandidateGroup("complaints-supervisors");
  }

  @Test
  void aCustomerNotReachedThreeTimesOnDifferentDaysGetsTheQuestionnaireBySms() {
    String complaintNumber = closedComplaint();
    ProcessInstance callBack = callBackOf(complaintNumber);

    for (int attempt = 1; attempt <= 3; attempt++) {
      complete(callBack, "gaojing", Map.of("reached", false));
      assertThat(runtimeService.getVariable(callBack.getId(), "attempts")).isEqualTo(attempt);
      if (attempt < 3) {
        assertThat(callBack).isWaitingAt("nextCallDay");
        Job nextDay = managementService.createJobQuery().processInstanceId(callBack.getId())
            .activityId("nextCallDay").singleResult();
        assertThat(nextDay.getDuedate()).isAfterOrEqualTo(new Date(ClockUtil.getCurrentTime().getTime()
            + Duration.ofHours(23).toMillis()));
        advance(Duration.ofDays(1));
        managementService.executeJob(nextDay.getId());
        assertThat(callBack).isWaitingAt("makeCallBack");
      }
    }
    execute(callBack, "sendSatisfactionSurvey");

    assertThat(callBack).hasPassed("callBackNotReached").isEnded();
    CallBack result = results.find(CallBack.COMPLAINT, complaintNumber).orElseThrow();
    assertThat(result.outcome()).isEqualTo(CallBack.NOT_REACHED);
    assertThat(result.attempts()).isEqualTo(3);
    assertThat(result.overallSatisfaction()).isNull();
    assertThat(outbox.entries(complaintNumber)).filteredOn(e -> e.kind().equals("SATISFACTION_SURVEY"))
        .extracting(NotificationOutbox.Entry::channel).contains(NotificationOutbox.Channel.SMS);
  }

  @Test
  void aReachedCustomerNeedsAllFourScoresFromOneToFive() {
    ProcessInstance callBack = callBackOf(closedComplaint());
    Task task = task(callBack, "makeCallBack");
    taskService.claim(task.getId(), "gaojing");

    Map<String, Object> noOverall = answers(5, 5, 5, 5, null);
    noOverall.remove("overallSatisfaction");
    assertThatThrownBy(() -> taskService.complete(task.getId(), noOverall))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("overallSatisfaction");
    assertThatThrownBy(() -> taskService.complete(task.getId(), answers(5, 6, 5, 5, null)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("speedScore");
    assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("overallSatisfaction", "5")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("reached");
    assertThat(callBack).isWaitingAt("makeCallBack");
  }

  @Test
  void aCaseIsCalledBackOnceEvenIfItsClosingIsAnnouncedTwice() {
    String complaintNumber = closedComplaint();
    events.publishEvent(new ComplaintClosed(complaintNumber, "SERVICE", "SATISFIED", null));

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(CustomerCallBackProcess.KEY)
        .processInstanceBusinessKey("CB-" + complaintNumber).count()).isOne();
  }

  // --- steps -------------------------------------------------------------------------------------

  /** A complaint closed by its own process: handled, result letter, the complainant satisfied. */
  private String complaintClosedSatisfied() {
    String number = complaintService.submit(ComplaintFixtures.serviceComplaint(), null, "channel").complaint()
        .complaintNumber();
    Task handling = taskService.createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey("handleComplaint").singleResult();
    taskService.claim(handling.getId(), "zhaolei");
    taskService.complete(handling.getId(), Map.of("resolved", true, "resolution", "已增加坐席并回电致歉",
        "extensionRequested", false));
    complaintService.recordFeedback(number, true, "满意", "channel");
    assertThat(complaintService.require(number).closedAt()).isNotNull();
    return number;
  }

  /** A registered complaint announced closed (the closing path itself is covered above). */
  private String closedComplaint() {
    String number = complaintService.submit(ComplaintFixtures.serviceComplaint(), null, "channel").complaint()
        .complaintNumber();
    events.publishEvent(new ComplaintClosed(number, "SERVICE", "SATISFIED", null));
    return number;
  }

  /** A claim rejected at first review (not covered) and archived after the dispute window. */
  private String rejectedAndArchivedClaim() {
    String number = claimService.submit(ClaimFixtures.medicalClaimWithAllDocuments(), null, "channel").claim()
        .claimNumber();
    ProcessInstance claim = runtimeService.createProcessInstanceQuery().processDefinitionKey("claimHandling")
        .processInstanceBusinessKey(number).singleResult();
    Task review = taskService.createTaskQuery().processInstanceId(claim.getId()).taskDefinitionKey("firstReview")
        .singleResult();
    taskService.claim(review.getId(), "lina");
    taskService.complete(review.getId(), Map.of("liability", "NOT_COVERED", "assessedAmount", 0,
        "fraudSuspected", false, "reviewComment", "既往症：投保前已确诊，依据条款第七条第三款不予赔付"));
    advance(Duration.ofDays(31));
    execute(claim, "disputeWindowClosed");
    execute(claim, "archiveClaim");
    assertThat(claim).hasPassed("claimArchived").isEnded();
    return number;
  }

  private ProcessInstance callBackOf(String caseNumber) {
    ProcessInstance callBack = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(CustomerCallBackProcess.KEY).processInstanceBusinessKey("CB-" + caseNumber)
        .singleResult();
    assertThat(callBack).as("call-back of " + caseNumber).isNotNull();
    return callBack;
  }

  private static Map<String, Object> answers(int overall, int speed, int attitude, int clarity, String comment) {
    Map<String, Object> answers = new HashMap<>();
    answers.put("reached", true);
    answers.put("overallSatisfaction", String.valueOf(overall));
    answers.put("speedScore", String.valueOf(speed));
    answers.put("attitudeScore", String.valueOf(attitude));
    answers.put("clarityScore", String.valueOf(clarity));
    answers.put("contactChanged", false);
    answers.put("customerComment", comment);
    answers.put("wantsComplaint", false);
    return answers;
  }

  private void complete(ProcessInstance callBack, String user, Map<String, Object> variables) {
    Task task = task(callBack, "makeCallBack");
    taskService.claim(task.getId(), user);
    taskService.complete(task.getId(), variables);
  }

  private Task task(ProcessInstance instance, String taskKey) {
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as("task " + taskKey).isNotNull();
    return task;
  }

  private void execute(ProcessInstance instance, String activityId) {
    Job job = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .singleResult();
    assertThat(job).as("job at " + activityId).isNotNull();
    managementService.executeJob(job.getId());
  }

  private static void advance(Duration duration) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
  }
}
