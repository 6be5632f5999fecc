package cn.insure.claims.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Supplier;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.callback.CallBack;
import cn.insure.claims.callback.CallBackResults;
import cn.insure.claims.complaint.ComplaintClosed;
import cn.insure.claims.complaint.ComplaintFixtures;
import cn.insure.claims.consultation.ConsultationFixtures;
import cn.insure.claims.support.Http;
import cn.insure.claims.system.identity.TasklistFilters;

/**
 * Customer service at work in a real browser, in Chinese: 高静 ({@code gaojing}) answers a consultation
 * and makes a call-back with the questionnaire form in Tasklist. Same set-up as
 * {@link ClaimsInTheBrowserTest} (own application, job executor on, screenshots per step under
 * {@code target/e2e-screenshots/}). Run with
 * {@code mvn verify -Pe2e -Dtest=CustomerVoiceInTheBrowserTest}.
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:claims-e2e-voice;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=true",
    "claims.archive.location=target/e2e-archive/${random.uuid}",
    "claims.notification.email.gateway=logging",
    "claims.notification.sms.gateway=logging",
    "claims.spot-check.rate=0",
    "claims.spot-check.straight-through-rate=0",
    "complaints.spot-check.rate=0"})
@ActiveProfiles("demo")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CustomerVoiceInTheBrowserTest {

  private static final Duration PROCESS_TIMEOUT = Duration.ofSeconds(60);

  @LocalServerPort int port;
  @Autowired ObjectMapper objectMapper;
  @Autowired TaskService taskService;
  @Autowired ApplicationEventPublisher events;
  @Autowired CallBackResults callBacks;

  private Scenario scenario;

  @RegisterExtension
  final AfterTestExecutionCallback captureFailure = context -> {
    if (context.getExecutionException().isPresent() && scenario != null) {
      scenario.failed();
    }
  };

  @BeforeAll
  static void browserInstalled() {
    Browser.assertInstalled();
  }

  @AfterEach
  void closeBrowsers() {
    if (scenario != null) {
      scenario.close();
      scenario = null;
    }
  }

  @Test
  @Order(1)
  void gaojingAnswersAConsultationInTasklistAndTheCustomerGetsTheAnswer() {
    scenario = new Scenario("11-consultation-answered");
    String number = postJson("/api/consultations", ConsultationFixtures.coverageQuestion(), "channel")
        .path("consultationNumber").asText();
    waitForTask(number, "answerConsultation");

    Browser gaojing = scenario.browser("gaojing");
    Tasklist tasklist = Tasklist.login(gaojing, baseUrl(), "gaojing");
    tasklist.filter(TasklistFilters.CUSTOMER_VOICE).searchByVariable("consultationNumber", number);
    tasklist.taskInList("答复咨询 Answer consultation · " + number);
    scenario.step(gaojing, "consultations-and-call-backs-filter");

    TaskForm form = tasklist.open("答复咨询 Answer consultation · " + number);
    form.claim("答复 / 说明 Answer or note");
    assertThat(form.value("咨询号 Consultation no.")).isEqualTo(number);
    assertThat(form.value("问题 Question")).contains("日间手术");
    assertThat(form.value("客户 Customer")).contains("王小明").doesNotContain("13800138000");
    scenario.step(gaojing, "answer-consultation-claimed");

    form.choose("处理方式 How is it handled?", "直接答复 Answer")
        .type("答复 / 说明 Answer or note", "您好，您的医疗险涵盖日间手术，按住院医疗责任赔付，请保留手术记录和发票。");
    scenario.step(gaojing, "answer-consultation-filled");
    form.complete();
    tasklist.assertNotInList(number);
    scenario.step(gaojing, "answer-consultation-completed");

    JsonNode answered = eventually(number + " ANSWERED", () -> {
      JsonNode view = getJson("/api/consultations/" + number, "channel");
      return "ANSWERED".equals(view.path("status").asText()) ? view : null;
    });
    assertThat(answered.path("answer").asText()).contains("日间手术");
    assertThat(getJson("/api/consultations/" + number, "gaojing").at("/staff/firstRespondedBy").asText())
        .isEqualTo("gaojing");
  }

  @Test
  @Order(2)
  void gaojingMakesACallBackWithTheQuestionnaireForm() {
    scenario = new Scenario("12-call-back-questionnaire");
    String complaintNumber = postJson("/api/complaints", ComplaintFixtures.serviceComplaint(), "channel")
        .path("complaintNumber").asText();
    // What the complaint feature announces when the complaint closes (its closing in Tasklist is
    // scenario 02 of ClaimsInTheBrowserTest).
    events.publishEvent(new ComplaintClosed(complaintNumber, "SERVICE", "SATISFIED", null));
    waitForTask("CB-" + complaintNumber, "makeCallBack");

    Browser gaojing = scenario.browser("gaojing");
    Tasklist tasklist = Tasklist.login(gaojing, baseUrl(), "gaojing");
    tasklist.filter(TasklistFilters.CUSTOMER_VOICE).searchByVariable("caseNumber", complaintNumber);
    tasklist.taskInList("回访 Call back · " + complaintNumber);
    scenario.step(gaojing, "call-back-in-list");

    TaskForm form = tasklist.open("回访 Call back · " + complaintNumber);
    form.claim("已联系上客户 Customer reached");
    assertThat(form.value("案件号 Case no.")).isEqualTo(complaintNumber);
    scenario.step(gaojing, "call-back-claimed");

    form.tick("已联系上客户 Customer reached");
    form.select("总体满意度 Overall satisfaction", "4 满意")
        .select("处理时效 Speed", "3 一般")
        .select("服务态度 Attitude", "5 非常满意")
        .select("解释清晰度 Clarity of explanation", "4 满意")
        .type("客户意见 Comment", "回电及时，希望热线高峰时段也能接通。");
    form.scrollTo("客户意见 Comment");
    scenario.step(gaojing, "questionnaire-filled");
    form.complete();
    tasklist.assertNotInList(complaintNumber);
    scenario.step(gaojing, "call-back-completed");

    CallBack result = eventually("the call-back of " + complaintNumber, () -> callBacks
        .find(CallBack.COMPLAINT, complaintNumber).filter(c -> c.outcome() != null).orElse(null));
    assertThat(result.outcome()).isEqualTo(CallBack.REACHED);
    assertThat(result.overallSatisfaction()).isEqualTo(4);
    assertThat(result.speedScore()).isEqualTo(3);
    assertThat(result.calledBy()).isEqualTo("gaojing");
    assertThat(result.followUpOpened()).isFalse();
    assertThat(getJson("/api/complaints/" + complaintNumber, "sunli").at("/callBack/attitudeScore").asInt())
        .isEqualTo(5);
  }

  private String baseUrl() {
    return "http://localhost:" + port;
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

  private Task waitForTask(String businessKey, String taskDefinitionKey) {
    return eventually(taskDefinitionKey + " of " + businessKey, () -> taskService.createTaskQuery()
        .processInstanceBusinessKey(businessKey).taskDefinitionKey(taskDefinitionKey).singleResult());
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
