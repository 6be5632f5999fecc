package cn.insure.claims.quality.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.complaint.ComplaintFixtures;
import cn.insure.claims.complaint.ComplaintService;
import cn.insure.claims.quality.CorrectiveActions;

/** The monthly complaint cause analysis, its corrective actions and their verification one period later. */
@ClaimsSpringBootTest
class ComplaintCauseAnalysisProcessTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired ComplaintService complaintService;
  @Autowired CorrectiveActions actions;

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
  void theMonthsComplaintsAreAnalysedAndTwoCorrectiveActionsAreCarriedOutAndVerified() {
    complaintService.submit(ComplaintFixtures.serviceComplaint(), null, "channel");
    complaintService.submit(ComplaintFixtures.serviceComplaint(), null, "channel");
    String period = YearMonth.now(SHANGHAI).toString();
    ProcessInstance analysis = startByHand(period);

    assertThat(analysis).isWaitingAt("analyseComplaintCauses");
    assertThat(analysis).task().hasCandidateGroup("complaints-supervisors");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(analysis.getId()).singleResult()
        .getBusinessKey()).isEqualTo("CCA-" + period);
    assertThat((String) runtimeService.getVariable(analysis.getId(), "complaintFigures"))
        .contains("类别 Category: ").contains("SERVICE").contains("渠道 Channel: ").contains("ONLINE");
    assertThat((Long) runtimeService.getVariable(analysis.getId(), "complaintCount")).isGreaterThanOrEqualTo(2);

    Map<String, Object> analysed = new HashMap<>();
    analysed.put("causeAnalysis", "客服热线高峰时段坐席不足，留言无人跟进");
    analysed.putAll(action(1, "高峰时段增加5个坐席", "complaints-officers", "zhaolei", 14));
    analysed.putAll(action(2, "网上留言24小时内回电", "customer-service", null, 30));
    complete(analysis, "analyseComplaintCauses", "sunli", analysed);

    List<Task> carryOut = tasks(analysis, "carryOutCorrectiveAction");
    assertThat(carryOut).hasSize(2);
    Task officers = carryOut.stream().filter(t -> "zhaolei".equals(t.getAssignee())).findFirst().orElseThrow();
    Task service = carryOut.stream().filter(t -> t.getAssignee() == null).findFirst().orElseThrow();
    assertThat(groups(officers)).contains("complaints-officers");
    assertThat(groups(service)).contains("customer-service");
    assertThat(officers.getDueDate()).isEqualTo(Date.from(LocalDate.now(SHANGHAI).plusDays(14).atTime(18, 0)
        .atZone(SHANGHAI).toInstant()));

    taskService.complete(officers.getId(), Map.of("actionResult", "已排班，高峰时段坐席由12个增至17个"));
    taskService.claim(service.getId(), "gaojing");
    taskService.complete(service.getId(), Map.of("actionResult", "留言工单设置24小时回电时限"));
    assertThat(tasks(analysis, "verifyCorrectiveAction")).isEmpty();

    advance(Duration.ofDays(31));
    managementService.createJobQuery().processInstanceId(analysis.getId()).activityId("onePeriodLater").list()
        .forEach(job -> managementService.executeJob(job.getId()));
    List<Task> verify = tasks(analysis, "verifyCorrectiveAction");
    assertThat(verify).hasSize(2);
    for (Task task : verify) {
      String result = (String) taskService.getVariable(task.getId(), "actionResult");
      taskService.claim(task.getId(), "sunli");
      taskService.complete(task.getId(), Map.of("actionEffective", result.contains("坐席")));
    }

    assertThat(analysis).hasPassed("causeAnalysisDone").isEnded();
    assertThat(actions.ofPeriod(period)).extracting(CorrectiveActions.Action::description,
        CorrectiveActions.Action::status, CorrectiveActions.Action::doneBy).contains(
            tuple("高峰时段增加5个坐席", "EFFECTIVE", "zhaolei"),
            tuple("网上留言24小时内回电", "NOT_EFFECTIVE", "gaojing"));
  }

  @Test
  void aCorrectiveActionNeedsAnOwnerGroupAUserInItAndADueDateAfterToday() {
    ProcessInstance analysis = startByHand(YearMonth.now(SHANGHAI).toString());
    Task task = tasks(analysis, "analyseComplaintCauses").get(0);
    taskService.claim(task.getId(), "sunli");

    assertThat(refusal(task, action(1, "加强培训", null, null, 10))).contains("action1OwnerGroup");
    assertThat(refusal(task, action(1, "加强培训", "complaints-officers", "gaojing", 10))).contains("action1OwnerUser");
    assertThat(refusal(task, action(1, "加强培训", "complaints-officers", null, -1))).contains("action1DueDate");
    Map<String, Object> noAnalysis = new HashMap<>(action(1, "加强培训", "complaints-officers", null, 10));
    assertThatThrownBy(() -> taskService.complete(task.getId(), noAnalysis))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("causeAnalysis");
    assertThat(analysis).isWaitingAt("analyseComplaintCauses");
  }

  @Test
  void anyNumberOfActionsCanBeListedOnePerLineAndEachIsCarriedOut() {
    ProcessInstance analysis = startByHand(YearMonth.now(SHANGHAI).minusYears(1).toString());
    String due = LocalDate.now(SHANGHAI).plusDays(20).toString();
    Map<String, Object> analysed = new HashMap<>(action(1, "高峰时段增加坐席", "complaints-officers", null, 14));
    analysed.put("causeAnalysis", "多项原因：坐席、话术、回访、理赔时效、信息告知");
    analysed.put("moreActions", String.join("\n",
        "customer-service | gaojing | " + due + " | 统一客服话术",
        "",
        "customer-service |  | " + due + " | 结案后三日内回访",
        "claims-supervisors | wangfang | " + due + " | 理赔超15日未结案件周报",
        "complaints-officers ｜ zhaolei ｜ " + due + " ｜ 投诉受理短信告知处理时限"));
    complete(analysis, "analyseComplaintCauses", "sunli", analysed);

    List<Task> carryOut = tasks(analysis, "carryOutCorrectiveAction");
    assertThat(carryOut).hasSize(5);
    assertThat(carryOut).extracting(Task::getAssignee).containsExactlyInAnyOrder(null, "gaojing", null, "wangfang",
        "zhaolei");
  }

  @Test
  void aBadLineOfFurtherActionsIsRefusedNamingTheLine() {
    ProcessInstance analysis = startByHand(YearMonth.now(SHANGHAI).minusYears(1).toString());
    Task task = tasks(analysis, "analyseComplaintCauses").get(0);
    taskService.claim(task.getId(), "sunli");
    String due = LocalDate.now(SHANGHAI).plusDays(20).toString();

    assertThat(refusal(task, Map.of("moreActions", "customer-service | | " + due + " | 话术\n统一话术")))
        .contains("moreActions line 2");
    assertThat(refusal(task, Map.of("moreActions", "no-such-group | | " + due + " | 话术")))
        .contains("moreActions line 1 (owner group)");
    assertThat(refusal(task, Map.of("moreActions", "customer-service | | 2020-01-01 | 话术")))
        .contains("moreActions line 1 (due date)");
    assertThat(refusal(task, Map.of("moreActions", "customer-service | zhaolei | " + due + " | 话术")))
        .contains("moreActions line 1 (owner user)");
    assertThat(analysis).isWaitingAt("analyseComplaintCauses");
    assertThat(actions.ofPeriod(YearMonth.now(SHANGHAI).minusYears(1).toString())).noneMatch(a -> a.description().equals("话术"));
  }

  @Test
  void anAnalysisWithoutActionsEndsAfterTheAnalysis() {
    ProcessInstance analysis = startByHand(YearMonth.now(SHANGHAI).toString());
    complete(analysis, "analyseComplaintCauses", "sunli", Map.of("causeAnalysis", "本月投诉均为个案，无系统性原因"));
    assertThat(analysis).hasPassed("causeAnalysisDone").isEnded();
  }

  @Test
  void theAnalysisStartsItselfAtNineOnTheFirstOfEachMonthForThePreviousMonth() {
    Job monthly = managementService.createJobQuery().processDefinitionKey(ComplaintCauseAnalysisProcess.KEY).timers()
        .singleResult();
    ZonedDateTime due = monthly.getDuedate().toInstant().atZone(SHANGHAI);
    assertThat(due.getDayOfMonth()).isOne();
    assertThat(due.getHour()).isEqualTo(9);

    ClockUtil.setCurrentTime(monthly.getDuedate());
    managementService.executeJob(monthly.getId());

    ProcessInstance analysis = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ComplaintCauseAnalysisProcess.KEY)
        .processInstanceBusinessKey("CCA-" + YearMonth.from(due).minusMonths(1)).singleResult();
    assertThat(analysis).isNotNull();
    assertThat(analysis).isWaitingAt("analyseComplaintCauses");
  }

  // --- steps -------------------------------------------------------------------------------------

  private ProcessInstance startByHand(String period) {
    return runtimeService.startProcessInstanceByKey(ComplaintCauseAnalysisProcess.KEY, Map.of("period", period));
  }

  private static Map<String, Object> action(int slot, String description, String group, String user, int daysFromToday) {
    Map<String, Object> action = new HashMap<>();
    action.put("action" + slot + "Description", description);
    action.put("action" + slot + "OwnerGroup", group);
    action.put("action" + slot + "OwnerUser", user);
    action.put("action" + slot + "DueDate", LocalDate.now(SHANGHAI).plusDays(daysFromToday).toString());
    return action;
  }

  private String refusal(Task task, Map<String, Object> action) {
    Map<String, Object> variables = new HashMap<>(action);
    variables.put("causeAnalysis", "坐席不足");
    try {
      taskService.complete(task.getId(), variables);
    } catch (ProcessEngineException refused) {
      return refused.getMessage();
    }
    throw new AssertionError("the analysis was accepted: " + action);
  }

  private void complete(ProcessInstance instance, String taskKey, String user, Map<String, Object> variables) {
    Task task = tasks(instance, taskKey).get(0);
    taskService.claim(task.getId(), user);
    taskService.complete(task.getId(), variables);
  }

  private List<Task> tasks(ProcessInstance instance, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).list();
  }

  private List<String> groups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).toList();
  }

  private static void advance(Duration duration) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
  }
}
