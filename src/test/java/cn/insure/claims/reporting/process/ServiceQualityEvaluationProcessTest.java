package cn.insure.claims.reporting.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.reporting.QualityEvaluations;

/** One test per path through {@code processes/quality/service-quality-evaluation.bpmn}. */
@ClaimsSpringBootTest
class ServiceQualityEvaluationProcessTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired QualityEvaluations evaluations;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anEvaluationIsPlannedCompiledAnalysedReworkedApprovedCarriedOutAndVerifiedAQuarterLater() {
    at("2026-11-20T02:00:00Z");
    ProcessInstance pi = startByHand();
    runJobs(pi);
    assertThat(runtimeService.getVariable(pi.getId(), "evaluationPeriod")).isEqualTo("2026-Q3");

    Task plan = task(pi, "planEvaluation");
    assertThat(candidateGroups(plan)).containsExactly("quality-inspectors");
    taskService.complete(plan.getId(), Map.of("evaluationScope", "全部分公司、全部产品线 All branches and lines",
        "evaluationTargets", "客户满意率≥90%，法定时限达标率≥98%"));
    runJobs(pi);

    String reportId = (String) runtimeService.getVariable(pi.getId(), "qualityReportId");
    assertThat(jdbc.queryForObject("SELECT period FROM quality_report WHERE report_id = ?", String.class, reportId))
        .isEqualTo("2026-Q3");
    assertThat((String) runtimeService.getVariable(pi.getId(), "qualityReportSummary")).contains("客户满意率");
    assertThat(evaluations.keptReports()).anySatisfy(kept -> assertThat(kept.reportId()).isEqualTo(reportId));

    Task analyse = task(pi, "analyseEvaluation");
    assertThat(candidateGroups(analyse)).containsExactly("quality-inspectors");
    taskService.complete(analyse.getId(), Map.of("evaluationFindings", "咨询响应偏慢 Consultations answered late",
        "improvementActions", "增加咨询坐席 | zhaolei | 2027-01-15"));

    Task approve = task(pi, "approveQualityReport");
    assertThat(candidateGroups(approve)).containsExactly("claims-managers");
    taskService.complete(approve.getId(), Map.of("reportDecision", "REWORK", "approvalComment", "请补充理赔时效的措施"));

    analyse = task(pi, "analyseEvaluation");
    taskService.complete(analyse.getId(), Map.of("evaluationFindings", "咨询响应偏慢；理赔支付时限有超时",
        "improvementActions", "增加咨询坐席 | zhaolei | 2027-01-15\n财务每日核对待付清单 | liuyang | 2027-01-31"));
    taskService.complete(task(pi, "approveQualityReport").getId(), Map.of("reportDecision", "APPROVE",
        "approvalComment", "同意"));
    assertThat(jdbc.queryForObject("SELECT status FROM quality_report WHERE report_id = ?", String.class, reportId))
        .isEqualTo("APPROVED");
    runJobs(pi);

    List<Task> improvements = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("carryOutImprovement").orderByTaskAssignee().asc().list();
    assertThat(improvements).extracting(Task::getAssignee).containsExactly("liuyang", "zhaolei");
    assertThat(improvements.get(1).getDueDate().toInstant().atZone(SHANGHAI).toLocalDate())
        .isEqualTo(LocalDate.of(2027, 1, 15));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM corrective_action WHERE source = 'QUALITY_EVALUATION' "
        + "AND period = '2026-Q3' AND status = 'OPEN'", Long.class)).isEqualTo(2);
    for (Task improvement : improvements) {
      taskService.complete(improvement.getId(), Map.of("improvementResult", "已落实 Done"));
    }

    Job quarterLater = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    assertThat(quarterLater.getDuedate().toInstant()).isAfter(Instant.parse("2027-02-19T00:00:00Z"));
    at("2027-02-21T00:00:00Z");
    managementService.executeJob(quarterLater.getId());

    Task verify = task(pi, "verifyImprovement");
    assertThat(candidateGroups(verify)).containsExactly("quality-inspectors");
    taskService.complete(verify.getId(), Map.of("improvementEffective", true, "verificationComment", "响应时长已下降"));
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getEndActivityId()).isEqualTo("evaluationClosed");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM corrective_action WHERE source = 'QUALITY_EVALUATION' "
        + "AND period = '2026-Q3' AND status = 'EFFECTIVE' AND done_by IS NOT NULL", Long.class)).isEqualTo(2);
  }

  @Test
  void anApprovedEvaluationWithoutImprovementActionsClosesAtOnce() {
    ProcessInstance pi = startAndPlan();
    taskService.complete(task(pi, "analyseEvaluation").getId(), Map.of("evaluationFindings", "各项指标均达标"));
    taskService.complete(task(pi, "approveQualityReport").getId(), Map.of("reportDecision", "APPROVE"));
    runJobs(pi);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getEndActivityId()).isEqualTo("evaluationClosedWithoutActions");
  }

  @Test
  void theQuarterlyTimerStartsAnEvaluation() {
    Job timer = managementService.createJobQuery().processDefinitionKey(ServiceQualityEvaluationProcess.KEY)
        .activityId("quarterStarted").singleResult();
    assertThat(timer).isNotNull();
    assertThat(timer.getDuedate().toInstant().atZone(SHANGHAI).getDayOfMonth()).isEqualTo(1);
    assertThat(timer.getDuedate().toInstant().atZone(SHANGHAI).getMonthValue()).isIn(1, 4, 7, 10);
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(ServiceQualityEvaluationProcess.KEY)
        .count();
    managementService.executeJob(timer.getId());
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ServiceQualityEvaluationProcess.KEY)
        .count()).isEqualTo(before + 1);
  }

  @Test
  void formsRefuseWhatIsMissingOrUnreadableNamingTheField() {
    ProcessInstance started = startByHand();
    runJobs(started);
    assertThatThrownBy(() -> taskService.complete(task(started, "planEvaluation").getId(),
        Map.of("evaluationScope", " ")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("evaluationScope");

    ProcessInstance pi = startAndPlan();
    assertThatThrownBy(() -> taskService.complete(task(pi, "analyseEvaluation").getId(),
        Map.of("evaluationFindings", "超时", "improvementActions", "增加坐席 | zhaolei | 下个月")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("improvementActions")
        .hasMessageContaining("line 1");
    taskService.complete(task(pi, "analyseEvaluation").getId(), Map.of("evaluationFindings", "超时"));
    assertThatThrownBy(() -> taskService.complete(task(pi, "approveQualityReport").getId(),
        Map.of("reportDecision", "REWORK")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("approvalComment");
    assertThatThrownBy(() -> taskService.complete(task(pi, "approveQualityReport").getId(),
        Map.of("reportDecision", "MAYBE")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("reportDecision");
  }

  private ProcessInstance startByHand() {
    return runtimeService.createMessageCorrelation("qualityEvaluationRequested").correlateStartMessage();
  }

  private ProcessInstance startAndPlan() {
    ProcessInstance pi = startByHand();
    runJobs(pi);
    taskService.complete(task(pi, "planEvaluation").getId(), Map.of("evaluationScope", "全部",
        "evaluationTargets", "满意率≥90%"));
    runJobs(pi);
    return pi;
  }

  private void runJobs(ProcessInstance pi) {
    for (Job job = executable(pi); job != null; job = executable(pi)) {
      managementService.executeJob(job.getId());
    }
  }

  private Job executable(ProcessInstance pi) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).executable().messages().list().stream()
        .findFirst().orElse(null);
  }

  private Task task(ProcessInstance pi, String key) {
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    assertThat(task).as(key).isNotNull();
    return task;
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).toList();
  }

  private static void at(String instant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
  }
}
