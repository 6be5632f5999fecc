package cn.insure.claims.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.catastrophe.CatastropheFixtures;
import cn.insure.claims.claim.ClaimFixtures;
import cn.insure.claims.claim.ClaimSubmission;
import cn.insure.claims.claim.ClaimSubmission.Peril;
import cn.insure.claims.complaint.ComplaintFixtures;
import cn.insure.claims.numbering.CaseNumbers;
import cn.insure.claims.payment.SimulatedBankGateway;
import cn.insure.claims.support.Http;
import cn.insure.claims.system.identity.TasklistFilters;

/**
 * Staff at work in a real browser: headless Chromium drives Tasklist and Cockpit of the application
 * started here (demo users and policies, its own in-memory database, the job executor ON so that the
 * processes run by themselves as in production, logging notification adapters). One application
 * for all scenarios, run in order; each saves a screenshot per step under
 * {@code target/e2e-screenshots/<nn-scenario>/} and, on failure, every open window's screenshot and
 * page source. Run with {@code mvn verify -Pe2e} (README "Browser tests").
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:claims-e2e;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=true",
    "claims.archive.location=target/e2e-archive/${random.uuid}",
    "claims.notification.email.gateway=logging",
    "claims.notification.sms.gateway=logging",
    // no random spot-check task after archiving: the scenarios end at the archive
    "claims.spot-check.rate=0",
    "claims.spot-check.straight-through-rate=0",
    "complaints.spot-check.rate=0"})
@ActiveProfiles("demo")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClaimsInTheBrowserTest {

  private static final Duration PROCESS_TIMEOUT = Duration.ofSeconds(60);

  @LocalServerPort int port;
  @Autowired ObjectMapper objectMapper;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired SimulatedBankGateway bank;

  private Scenario scenario;
  private long started;

  @RegisterExtension
  final AfterTestExecutionCallback captureFailure = context -> {
    if (context.getExecutionException().isPresent() && scenario != null) {
      scenario.failed();
    }
  };

  @BeforeAll
  static void browserInstalled() {
    // Fails (never skips) without Chromium and chromedriver.
    Browser.assertInstalled();
  }

  @AfterEach
  void closeBrowsers() {
    if (scenario != null) {
      scenario.close();
      System.out.printf("E2E %s: %.1f s%n", scenario.folder.getFileName(), (System.nanoTime() - started) / 1e9);
      scenario = null;
    }
  }

  @AfterAll
  static void bankUp(@Autowired SimulatedBankGateway bank) {
    bank.failNext(0);
  }

  private Scenario scenario(String name) {
    started = System.nanoTime();
    scenario = new Scenario(name);
    return scenario;
  }

  private String baseUrl() {
    return "http://localhost:" + port;
  }

  // ---------------------------------------------------------------------------------------------

  @Test
  @Order(1)
  void aClaimGoesThroughFirstAndSecondReviewInTasklistAndEndsPaidAndArchived() {
    Scenario s = scenario("01-claim-first-and-second-review");
    String claimNumber = submitClaim(ClaimFixtures.medicalClaimWithAllDocuments());
    waitForTask(claimNumber, "firstReview");

    Browser zhangwei = s.browser("zhangwei");
    Tasklist tasklist = Tasklist.login(zhangwei, baseUrl(), "zhangwei");
    s.step(zhangwei, "zhangwei-tasklist");
    tasklist.filter(TasklistFilters.MY_GROUPS_TASKS).searchByVariable("claimNumber", claimNumber);
    tasklist.taskInList("初审 First review · " + claimNumber);
    s.step(zhangwei, "my-groups-tasks-searched-by-claim-number");

    TaskForm form = tasklist.open("初审 First review · " + claimNumber);
    assertThat(form.value("理赔号 Claim no.")).isEqualTo(claimNumber);
    assertThat(form.completeEnabled()).as("Complete is disabled until the task is claimed").isFalse();
    s.step(zhangwei, "first-review-before-claim");

    form.claim("核定金额 Assessed amount");
    assertThat(form.value("理赔号 Claim no.")).isEqualTo(claimNumber);
    assertThat(form.value("申请人 Claimant")).isEqualTo("王小明");
    assertThat(form.value("保单号 Policy no.")).isEqualTo("P-MED-2026-000001");
    assertThat(form.value("出险地点 Loss place")).isEqualTo("深圳市南山区人民医院");
    assertThat(form.value("身份证号 ID no.")).doesNotContain("110101199003078888").contains("8888");
    assertThat(form.value("申请金额 Claimed amount")).contains("12800");
    String documents = form.value("已收资料 Documents received");
    assertThat(documents).contains("medical_invoice.pdf", "discharge_summary.pdf", "bank_account_proof.pdf");
    s.step(zhangwei, "first-review-claimed-case-data");
    form.scrollTo("已收资料 Documents received");
    s.step(zhangwei, "first-review-documents");

    form.choose("责任认定 Liability", "Covered").type("审核意见 Review comment", "住院5天，费用清单与发票相符，扣除自费项目。");
    form.complete();
    assertThat(form.waitError("核定金额 Assessed amount")).isNotBlank();
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(claimNumber).taskDefinitionKey("firstReview")
        .count()).as("nothing was submitted").isEqualTo(1);
    form.scrollTo("核定金额 Assessed amount");
    s.step(zhangwei, "first-review-required-amount-missing");

    form.type("核定金额 Assessed amount", "12000");
    form.complete();
    waitForTask(claimNumber, "secondReview");
    tasklist.assertNotInList(claimNumber);
    s.step(zhangwei, "first-review-completed");

    Browser wangfang = s.browser("wangfang");
    Tasklist supervisor = Tasklist.login(wangfang, baseUrl(), "wangfang");
    supervisor.filter(TasklistFilters.MY_GROUPS_TASKS).searchByVariable("claimNumber", claimNumber);
    TaskForm review = supervisor.open("复审 Second review · " + claimNumber);
    review.claim("复审核定金额 Approved amount");
    assertThat(review.value("初审核定金额 Assessed amount")).contains("12000");
    assertThat(review.value("审核记录 Earlier reviews")).contains("zhangwei");
    s.step(wangfang, "second-review-claimed");
    review.tick("同意初审结论 I agree with the first review").type("复审核定金额 Approved amount", "12000")
        .type("复审意见 Review comment", "同意初审意见。");
    review.scrollTo("复审核定金额 Approved amount");
    s.step(wangfang, "second-review-filled");
    review.complete();
    supervisor.assertNotInList(claimNumber);
    s.step(wangfang, "second-review-completed");

    // Approved: the job executor pays online, then the claim waits out the 30-day dispute window.
    waitForClaimStatus(claimNumber, "PAID");
    closeDisputeWindow(claimNumber);
    JsonNode claim = waitForClaimStatus(claimNumber, "ARCHIVED");
    assertThat(claim.path("payments")).hasSize(1);
    assertThat(claim.path("payments").get(0).path("amount").decimalValue()).isEqualByComparingTo("12000");
    assertThat(claim.path("decision").path("outcome").asText()).isEqualTo("APPROVED");
  }

  @Test
  @Order(2)
  void aComplaintTakenByPhoneIsRegisteredAndHandledInTasklist() {
    Scenario s = scenario("02-phone-complaint");
    String complainant = "刘建平";
    Browser zhaolei = s.browser("zhaolei");
    Tasklist tasklist = Tasklist.login(zhaolei, baseUrl(), "zhaolei");
    TaskForm intake = tasklist.startProcess("投诉处理 Complaint handling");
    s.step(zhaolei, "complaint-intake-form");
    intake.select("投诉渠道 Channel", "电话 Phone")
        .type("投诉人姓名", complainant)
        .type("手机号码 Mobile number", "13912345678")
        .type("保单号 Policy number", "P-MED-2026-000003")
        .select("投诉类别 Category", "服务 Service")
        .type("投诉事项 Subject", "保单变更申请一个月未办理")
        .type("投诉内容 Description", "10月底提交的受益人变更申请，至今未办理，柜面说系统问题，没有任何书面答复。")
        .type("投诉人诉求 Requested outcome", "尽快办理并书面说明原因");
    s.step(zhaolei, "complaint-intake-filled");
    tasklist.submitStartForm();

    String complaintNumber = eventually("the complaint process", () -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey("complaintHandling").variableValueEquals("complainantName", complainant).list().stream()
        .findFirst().map(ProcessInstance::getBusinessKey).orElse(null));
    assertThat(complaintNumber).startsWith("CMP-");
    waitForTask(complaintNumber, "handleComplaint");

    // Tasklist does not refresh its list after a start from the dialog: reload as staff do.
    tasklist.reload().filter(TasklistFilters.MY_GROUPS_TASKS).searchByVariable("complaintNumber", complaintNumber);
    tasklist.taskInList(complaintNumber);
    s.step(zhaolei, "complaint-in-my-groups-tasks");
    TaskForm handle = tasklist.open("处理投诉 Handle complaint · " + complaintNumber);
    handle.claim("处理结果");
    assertThat(handle.value("投诉编号 Complaint number")).isEqualTo(complaintNumber);
    assertThat(handle.value("投诉人 Complainant")).isEqualTo(complainant);
    assertThat(handle.value("投诉事项 Subject")).isEqualTo("保单变更申请一个月未办理");
    assertThat(handle.value("联系方式")).doesNotContain("13912345678");
    s.step(zhaolei, "handle-complaint-claimed");
    handle.type("处理结果", "经核查，变更申请因影像件缺页被退回但未通知客户。已于当日补办完成，并书面致歉。")
        .tick("已处理完毕");
    handle.scrollTo("处理结果");
    s.step(zhaolei, "handle-complaint-resolved");
    handle.complete();
    waitForTask(complaintNumber, "recordComplainantFeedback");
    tasklist.assertNotInList("处理投诉 Handle complaint · " + complaintNumber);
    s.step(zhaolei, "handle-complaint-completed");

    // The complainant calls back satisfied; zhaolei records it and the complaint closes.
    tasklist.reload().filter(TasklistFilters.MY_GROUPS_TASKS).searchByVariable("complaintNumber", complaintNumber);
    TaskForm feedback = tasklist.open("登记投诉人反馈 Record feedback · " + complaintNumber);
    feedback.claim("投诉人意见");
    assertThat(feedback.value("处理结果 Resolution")).contains("已于当日补办完成");
    feedback.tick("投诉人对处理结果满意").type("投诉人意见", "已收到书面说明，满意。");
    s.step(zhaolei, "feedback-recorded");
    feedback.complete();
    JsonNode complaint = eventually("complaint " + complaintNumber + " CLOSED", () -> {
      JsonNode body = getJson("/api/complaints/" + complaintNumber, "zhaolei");
      return "CLOSED".equals(body.path("status").asText()) ? body : null;
    });
    assertThat(complaint.path("channel").asText()).isEqualTo("PHONE");
    tasklist.assertNotInList(complaintNumber);
    s.step(zhaolei, "complaint-closed");
  }

  @Test
  @Order(3)
  void aCatastropheDeclaredInTasklistPutsAMatchingClaimIntoTheGreenChannel() {
    Scenario s = scenario("03-catastrophe-green-channel");
    String eventName = "2026年第21号台风“白鹿”";
    LocalDate today = LocalDate.now(CaseNumbers.BUSINESS_ZONE);
    Browser chenjie = s.browser("chenjie");
    Tasklist tasklist = Tasklist.login(chenjie, baseUrl(), "chenjie");
    TaskForm declare = tasklist.startProcess("巨灾事件 Catastrophe event");
    s.step(chenjie, "declare-catastrophe-form");
    declare.type("事件名称 Event name", eventName)
        .select("灾害等级 Grade", "重大 Major")
        .type("受灾地区代码 Region codes", "440402")
        .tick("台风 Typhoon").tick("洪水 Flood")
        .date("出险期间自 Loss from", today.minusDays(2))
        .date("至 Loss to", today.plusDays(5));
    s.step(chenjie, "declare-catastrophe-filled");
    tasklist.submitStartForm();
    s.step(chenjie, "catastrophe-declared");

    JsonNode event = eventually("open event " + eventName, () -> {
      for (JsonNode item : getJson("/api/catastrophes?status=OPEN", "chenjie").path("items")) {
        if (eventName.equals(item.path("name").asText())) {
          return item;
        }
      }
      return null;
    });
    assertThat(event.path("regionCodes").toString()).contains("440402");

    // A typhoon claim from Zhuhai, above the auto-settlement limit: fast track, first review by a person.
    String claimNumber = submitClaim(CatastropheFixtures.zhuhaiHomeDamage("440402", Peril.TYPHOON, "6500.00",
        CatastropheFixtures.GREEN_DAMAGE_DOCUMENTS));
    Task task = waitForTask(claimNumber, "firstReview");
    assertThat(task.getPriority()).isEqualTo(80);
    assertThat(getJson("/api/claims/" + claimNumber, "zhangwei").path("greenChannel").asBoolean()).isTrue();

    Browser zhangwei = s.browser("zhangwei");
    Tasklist specialist = Tasklist.login(zhangwei, baseUrl(), "zhangwei");
    specialist.filter(TasklistFilters.GREEN_CHANNEL);
    String entry = specialist.taskInList(claimNumber).findElement(org.openqa.selenium.By.xpath("./ancestor::li[1]"))
        .getText();
    assertThat(entry).contains("初审 First review · " + claimNumber).contains("80");
    s.step(zhangwei, "green-channel-filter");
    TaskForm form = specialist.open("初审 First review · " + claimNumber);
    assertThat(form.value("理赔号 Claim no.")).isEqualTo(claimNumber);
    s.step(zhangwei, "green-channel-claim-opened");
  }

  @Test
  @Order(4)
  void aPaymentThatKeepsFailingBecomesAnIncidentAndChenjieRetriesItInCockpit() {
    Scenario s = scenario("04-payment-incident-retry-in-cockpit");
    String claimNumber = submitClaim(ClaimFixtures.medicalClaimOf("8600.00"));
    // The reviews themselves are scenario 1: here the reviewers decide through the engine REST API.
    completeByRest(waitForTask(claimNumber, "firstReview"), "zhangwei", Map.of("liability", "COVERED",
        "assessedAmount", 8600, "fraudSuspected", false, "reviewComment", "费用合理"));
    int transfersBefore = bank.transfersExecuted();
    bank.failNext(1_000);
    completeByRest(waitForTask(claimNumber, "secondReview"), "wangfang", Map.of("secondReviewAgrees", true,
        "approvedAmount", 8600, "reviewComment", "同意"));

    // The bank is down: payClaimOnline fails on every try. Its retry cycle (R3/PT5M) would take ten
    // minutes; the test brings each retry's due date forward, and the job executor runs it.
    String processInstanceId = processInstance(claimNumber).getId();
    Incident incident = eventually("the payment incident", () -> {
      Job job = managementService.createJobQuery().processInstanceId(processInstanceId).activityId("payClaimOnline")
          .singleResult();
      if (job != null && job.getRetries() > 0 && job.getExceptionMessage() != null
          && job.getDuedate() != null && job.getDuedate().after(new Date())) {
        managementService.setJobDuedate(job.getId(), new Date());
      }
      return runtimeService.createIncidentQuery().processInstanceId(processInstanceId).singleResult();
    });
    assertThat(incident.getIncidentMessage()).contains("Simulated bank unavailable");
    assertThat(bank.transfersExecuted()).isEqualTo(transfersBefore);

    Browser chenjie = s.browser("chenjie");
    Cockpit cockpit = Cockpit.login(chenjie, baseUrl(), "chenjie");
    s.step(chenjie, "cockpit-dashboard");
    cockpit.processInstanceIncidents(processInstanceId, "Simulated bank unavailable");
    assertThat(cockpit.shows(claimNumber)).as("the claim number (business key) is on the page").isTrue();
    s.step(chenjie, "claim-incident");

    // Later the bank is back. Cockpit's retry keeps the job's due date, five minutes after its last
    // failure: the test lets those minutes pass by moving the due date to now.
    bank.failNext(0);
    Job failed = managementService.createJobQuery().processInstanceId(processInstanceId).activityId("payClaimOnline")
        .singleResult();
    managementService.setJobDuedate(failed.getId(), new Date());
    cockpit.openRetryDialog();
    s.step(chenjie, "retry-dialog");
    cockpit.retry();
    s.step(chenjie, "retry-done");
    cockpit.closeDialog();

    waitForClaimStatus(claimNumber, "PAID");
    assertThat(bank.transfersExecuted()).as("paid exactly once").isEqualTo(transfersBefore + 1);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(processInstanceId).count()).isZero();
    chenjie.driver.navigate().refresh();
    s.step(chenjie, "claim-after-retry");
    closeDisputeWindow(claimNumber);
    JsonNode claim = waitForClaimStatus(claimNumber, "ARCHIVED");
    assertThat(claim.path("payments")).hasSize(1);
    assertThat(claim.path("payments").get(0).path("amount").decimalValue()).isEqualByComparingTo("8600");
  }

  @Test
  @Order(5)
  void aSpecialistCannotOpenCockpitNorSeeAComplaintTask() {
    Scenario s = scenario("05-specialist-limits");
    JsonNode complaint = postJson("/api/complaints", ComplaintFixtures.serviceComplaint(), "channel");
    String complaintNumber = complaint.path("complaintNumber").asText();
    Task complaintTask = waitForTask(complaintNumber, "handleComplaint");
    assertThat(taskService.createTaskQuery().taskId(complaintTask.getId()).taskCandidateGroup("complaints-officers")
        .count()).as("the complaint task is there, for complaints officers").isEqualTo(1);

    Browser zhangwei = s.browser("zhangwei");
    Login.login(zhangwei, Cockpit.url(baseUrl()), "zhangwei");
    assertThat(Login.refused(zhangwei)).isTrue();
    s.step(zhangwei, "cockpit-login-refused");

    Tasklist tasklist = Tasklist.login(zhangwei, baseUrl(), "zhangwei");
    tasklist.filter(TasklistFilters.MY_GROUPS_TASKS).searchByVariable("complaintNumber", complaintNumber);
    tasklist.assertNotInList(complaintNumber);
    s.step(zhangwei, "complaint-not-in-my-groups-tasks");

    // Even the task's own address shows nothing of it.
    zhangwei.driver.get(baseUrl() + "/camunda/app/tasklist/default/#/?task=" + complaintTask.getId());
    zhangwei.visible(org.openqa.selenium.By.cssSelector("div.task-filter h4.name a"));
    // Tasklist asks the engine for the task and is refused: it reports that the task does not exist.
    zhangwei.until(driver -> driver.findElements(org.openqa.selenium.By.cssSelector(".notifications .alert-danger"))
        .stream().anyMatch(alert -> alert.isDisplayed() && alert.getText().contains(complaintTask.getId())));
    assertThat(zhangwei.driver.findElements(org.openqa.selenium.By.cssSelector(".fjs-container"))).isEmpty();
    assertThat(zhangwei.driver.findElements(org.openqa.selenium.By.xpath(
        "//h2[contains(normalize-space(.),'" + complaintNumber + "')]"))).isEmpty();
    assertThat(zhangwei.driver.getPageSource()).doesNotContain("客服电话长时间无人接听");
    s.step(zhangwei, "complaint-task-address-shows-nothing");
  }

  @Test
  @Order(6)
  void aSupervisorWhoApprovesAboveTheirAuthorityIsToldToReferTheClaimToThePanel() {
    Scenario s = scenario("06-approval-above-authority");
    String claimNumber = submitClaim(ClaimFixtures.highEndMedicalClaimOf("300000.00"));
    completeByRest(waitForTask(claimNumber, "firstReview"), "zhangwei", Map.of("liability", "COVERED",
        "assessedAmount", 300000, "fraudSuspected", false, "reviewComment", "ICU 住院21天，费用合理"));
    waitForTask(claimNumber, "secondReview");

    Browser wangfang = s.browser("wangfang");
    Tasklist supervisor = Tasklist.login(wangfang, baseUrl(), "wangfang");
    supervisor.filter(TasklistFilters.MY_GROUPS_TASKS).searchByVariable("claimNumber", claimNumber);
    TaskForm review = supervisor.open("复审 Second review · " + claimNumber);
    review.claim("复审核定金额 Approved amount");
    review.tick("同意初审结论 I agree with the first review").type("复审核定金额 Approved amount", "300000")
        .type("复审意见 Review comment", "同意初审意见。");
    review.complete();
    // The engine refuses the approval: Tasklist shows the server's message, the task stays.
    wangfang.until(driver -> driver.findElements(org.openqa.selenium.By.cssSelector(".notifications .alert-danger"))
        .stream().anyMatch(alert -> alert.isDisplayed() && alert.getText().contains("超出审批权限")
            && alert.getText().contains("200000")));
    s.step(wangfang, "approval-above-authority-refused");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(claimNumber).taskDefinitionKey("secondReview")
        .count()).as("the second review is still open").isEqualTo(1);

    wangfang.dismissNotifications();
    review.untick("同意初审结论 I agree with the first review");
    review.type("复审意见 Review comment", "金额超出本人审批权限，提交会审。");
    review.complete();
    waitForTask(claimNumber, "panelReview");
    supervisor.assertNotInList(claimNumber);
    s.step(wangfang, "referred-to-the-panel");
  }

  // ---------------------------------------------------------------------------------------------

  private String submitClaim(ClaimSubmission submission) {
    JsonNode receipt = postJson("/api/claims", submission, "channel");
    return receipt.path("claimNumber").asText();
  }

  private JsonNode postJson(String path, Object body, String user) {
    try {
      var response = new Http(port).postJson(path, objectMapper.writeValueAsString(body), "Authorization",
          Http.basic(user, user));
      assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(201);
      return objectMapper.readTree(response.body());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonNode getJson(String path, String user) {
    var response = new Http(port).get(path, "Authorization", Http.basic(user, user));
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    try {
      return objectMapper.readTree(response.body());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Claims and completes a task through the engine REST API as {@code user}. */
  private void completeByRest(Task task, String user, Map<String, Object> values) {
    Http http = new Http(port);
    String auth = Http.basic(user, user);
    var claim = http.postJson("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"" + user + "\"}",
        "Authorization", auth);
    assertThat(claim.statusCode()).as(claim.body()).isEqualTo(204);
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    try {
      var complete = http.postJson("/engine-rest/task/" + task.getId() + "/complete",
          objectMapper.writeValueAsString(Map.of("variables", variables)), "Authorization", auth);
      assertThat(complete.statusCode()).as(complete.body()).isIn(200, 204);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ProcessInstance processInstance(String businessKey) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult();
  }

  private Task waitForTask(String businessKey, String taskDefinitionKey) {
    return eventually(taskDefinitionKey + " of " + businessKey, () -> taskService.createTaskQuery()
        .processInstanceBusinessKey(businessKey).taskDefinitionKey(taskDefinitionKey).singleResult());
  }

  private JsonNode waitForClaimStatus(String claimNumber, String status) {
    return eventually(claimNumber + " " + status, () -> {
      JsonNode claim = getJson("/api/claims/" + claimNumber, "chenjie");
      return status.equals(claim.path("status").asText()) ? claim : null;
    });
  }

  /**
   * The claimant may dispute the decision for 30 days; then the claim is archived. The business
   * would wait those days: the test runs the due timer of the dispute window now, and the job
   * executor then archives the claim.
   */
  private void closeDisputeWindow(String claimNumber) {
    String processInstanceId = processInstance(claimNumber).getId();
    Job timer = eventually("the dispute window of " + claimNumber, () -> managementService.createJobQuery()
        .processInstanceId(processInstanceId).timers().activityId("disputeWindowClosed").singleResult());
    managementService.executeJob(timer.getId());
  }

  private static <T> T eventually(String what, Supplier<T> probe) {
    long deadline = System.nanoTime() + PROCESS_TIMEOUT.toNanos();
    while (true) {
      T value = probe.get();
      if (value != null) {
        return value;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

}
