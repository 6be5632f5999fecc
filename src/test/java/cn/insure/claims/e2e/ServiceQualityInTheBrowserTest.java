package cn.insure.claims.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.claim.ClaimFixtures;
import cn.insure.claims.claim.ClaimSubmission;
import cn.insure.claims.claim.ClaimSubmission.Claimant;
import cn.insure.claims.claim.ClaimSubmission.ClaimType;
import cn.insure.claims.claim.ClaimSubmission.Loss;
import cn.insure.claims.claim.ClaimSubmission.Payee;
import cn.insure.claims.claim.ClaimSubmission.Peril;
import cn.insure.claims.policy.ProductLine;
import cn.insure.claims.support.Http;

/**
 * 陈杰 ({@code chenjie}, claims manager) reads the month's service quality in Cockpit, in Chinese:
 * the dashboard 服务质量 with the claims this month and the statutory clocks, an open breach of the
 * 30-day determination clock, and its link to the claim's process instance. A claims specialist
 * sees no dashboard. Own application and in-memory database (so the month's counts are exactly the
 * scenario's own claims), job executor on, screenshots under
 * {@code target/e2e-screenshots/21-service-quality-dashboard/}. Run with
 * {@code mvn verify -Pe2e -Dtest=ServiceQualityInTheBrowserTest}.
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:claims-e2e-quality;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=true",
    "claims.archive.location=target/e2e-archive/${random.uuid}",
    "claims.notification.email.gateway=logging",
    "claims.notification.sms.gateway=logging",
    "claims.spot-check.rate=0",
    "claims.spot-check.straight-through-rate=0",
    "complaints.spot-check.rate=0"})
@ActiveProfiles("demo")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceQualityInTheBrowserTest {

  private static final Duration PROCESS_TIMEOUT = Duration.ofSeconds(60);
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @LocalServerPort int port;
  @Autowired ObjectMapper objectMapper;
  @Autowired RuntimeService runtimeService;

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
    ClockUtil.reset();
    if (scenario != null) {
      scenario.close();
      scenario = null;
    }
  }

  @Test
  @Order(1)
  void chenjieSeesTheMonthAndAnOpenBreachOnTheDashboardAndFollowsItToTheClaimInCockpit() {
    scenario = new Scenario("21-service-quality-dashboard");
    Instant now = Instant.now();
    Instant monthStart = YearMonth.from(now.atZone(SHANGHAI)).atDay(1).atStartOfDay(SHANGHAI).toInstant();

    // The breach: a claim whose 30-day determination clock ran out earlier this month and that nobody
    // decided. The business would wait 30 days; the test submits it with the engine's clock (which the
    // application's clock follows) set back 30 days and up to a day more, so its clock is due this
    // month and already past. Back at the present, the job executor fires the determination timer by
    // itself and the process records the breach.
    Duration late = Duration.ofDays(1).compareTo(Duration.between(monthStart, now).dividedBy(2)) < 0
        ? Duration.ofDays(1) : Duration.between(monthStart, now).dividedBy(2);
    Instant submittedLate = now.minus(Duration.ofDays(30)).minus(late);
    List<Instant> submittedAt = new ArrayList<>();
    String breached;
    ClockUtil.setCurrentTime(Date.from(submittedLate));
    try {
      breached = submitClaim(claim(submittedLate.atZone(SHANGHAI).toLocalDate().minusDays(3)));
      submittedAt.add(submittedLate);
    } finally {
      ClockUtil.reset();
    }
    JsonNode breachedClaim = eventually(breached + " determination breached", () -> {
      JsonNode claim = getJson("/api/claims/" + breached, "chenjie");
      return claim.path("determinationBreached").asBoolean() ? claim : null;
    });
    assertThat(Instant.parse(breachedClaim.at("/dueDates/determinationDue").asText()))
        .isBetween(monthStart, Instant.now());
    String processInstanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(breached)
        .singleResult().getId();

    // Two claims received today, waiting for their first review: on time so far.
    for (int i = 1; i <= 2; i++) {
      submitClaim(claim(LocalDate.now(SHANGHAI).minusDays(2 + i)));
      submittedAt.add(Instant.now());
    }
    long receivedThisMonth = submittedAt.stream().filter(t -> !t.isBefore(monthStart)).count();

    Browser chenjie = scenario.browser("chenjie");
    Cockpit.login(chenjie, baseUrl(), "chenjie");
    WebElement dashboard = chenjie.visible(By.cssSelector("[data-plugin-id='serviceQualityDashboard'] .sq-dashboard"));
    chenjie.script("arguments[0].scrollIntoView({block: 'start'});", dashboard);
    String title = chenjie.visible(By.cssSelector(".sq-dashboard .sq-title")).getText();
    String month = YearMonth.from(Instant.now().atZone(SHANGHAI)).toString();
    if (Browser.LANGUAGE.startsWith("zh")) {
      assertThat(title).startsWith("服务质量").contains("本月 " + month);
    } else {
      assertThat(title).startsWith("Service quality").contains(month);
    }
    scenario.step(chenjie, "service-quality-dashboard");

    // The month's figures: exactly the claims this scenario submitted this month (its own database).
    assertThat(chenjie.visible(By.cssSelector(".sq-claims [data-indicator='received'] .sq-value")).getText())
        .isEqualTo(String.valueOf(receivedThisMonth));
    assertThat(chenjie.visible(By.cssSelector(".sq-claims [data-indicator='decided'] .sq-value")).getText())
        .isEqualTo("0");
    WebElement determinationClock = chenjie.visible(By.cssSelector(".sq-clocks tr[data-clock='determination30Days']"));
    List<WebElement> cells = determinationClock.findElements(By.tagName("td"));
    assertThat(cells.get(1).getText()).as("determination clocks due this month").isEqualTo("1");
    assertThat(cells.get(2).getText()).as("met").isEqualTo("0");
    assertThat(cells.get(3).getText()).as("breached").isEqualTo("1");
    // The headline compliance figure: that one breach of one decided clock, against its target.
    WebElement compliance = chenjie.visible(By.cssSelector(".sq-headline tr[data-indicator='processCompliance']"));
    assertThat(compliance.getAttribute("class")).contains("sq-missed");
    assertThat(compliance.findElement(By.cssSelector(".sq-value")).getText()).isEqualTo("0.0%");

    // The open breach, with a link to the claim's process instance.
    WebElement breach = chenjie.visible(By.cssSelector(".sq-breaches tr[data-case=" + cssString(breached) + "]"));
    chenjie.script("arguments[0].scrollIntoView({block: 'center'});", breach);
    assertThat(breach.getText()).contains(breached);
    if (Browser.LANGUAGE.startsWith("zh")) {
      assertThat(breach.getText()).contains("30日内核定");
    }
    scenario.step(chenjie, "open-breach-of-the-determination-clock");
    WebElement link = breach.findElement(By.cssSelector("a.sq-instance"));
    assertThat(link.getAttribute("href")).endsWith("#/process-instance/" + processInstanceId + "/runtime");
    chenjie.click(link);

    chenjie.until(driver -> driver.getCurrentUrl().contains("#/process-instance/" + processInstanceId));
    assertThat(chenjie.driver.getCurrentUrl()).contains("/camunda/app/cockpit/default/#/process-instance/"
        + processInstanceId);
    // Cockpit's process instance page: its sidebar names the instance and the claim number (business
    // key), and the diagram is drawn; the dashboard is gone.
    chenjie.until(driver -> processInstanceId.equals(driver.findElement(By.cssSelector("dd.instance-id")).getText()
        .trim()));
    assertThat(chenjie.visible(By.cssSelector("dd.business-key")).getText().trim()).isEqualTo(breached);
    chenjie.visible(By.cssSelector(".djs-container svg"));
    assertThat(chenjie.driver.findElements(By.cssSelector(".sq-dashboard"))).isEmpty();
    scenario.step(chenjie, "claim-process-instance-in-cockpit");
  }

  @Test
  @Order(2)
  void aClaimsSpecialistSeesNoServiceQualityDashboard() {
    scenario = new Scenario("22-service-quality-not-for-specialists");
    Browser zhangwei = scenario.browser("zhangwei");
    // Logged in to Tasklist, the webapps' session knows zhangwei: the dashboard's data answer 403 to
    // that session, and Cockpit itself refuses it.
    Tasklist.login(zhangwei, baseUrl(), "zhangwei");
    Object status = zhangwei.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch('/cockpit-reports/service-quality', {credentials: 'same-origin'})"
        + ".then(r => done(r.status)).catch(e => done(String(e)));");
    assertThat(((Number) status).intValue()).as("the dashboard's data for a specialist's session").isEqualTo(403);

    zhangwei.driver.get(Cockpit.url(baseUrl()) + "#/dashboard");
    zhangwei.until(driver -> driver.getPageSource().contains("403"));
    assertThat(zhangwei.driver.findElements(By.cssSelector(".sq-dashboard, [cam-widget-header]"))).isEmpty();
    scenario.step(zhangwei, "cockpit-refused-no-dashboard");
  }

  // ---------------------------------------------------------------------------------------------

  /** 王小明's hospital stay (as in {@link ClaimFixtures}), all documents: it waits for the first review. */
  private static ClaimSubmission claim(LocalDate lossDate) {
    return new ClaimSubmission("P-MED-2026-000001", ClaimSubmission.Channel.APP,
        new Claimant("王小明", "13800138000", "wxm@example.com", "110101199003078888"),
        new Loss(lossDate, "深圳市南山区人民医院", "440305", Peril.ILLNESS, "急性阑尾炎住院", "夜间腹痛就医，住院手术5天"),
        ProductLine.MEDICAL, ClaimType.HOSPITALISATION, new BigDecimal("12800.00"),
        new Payee("王小明", "招商银行", "6225880112345678"),
        ClaimFixtures.HOSPITALISATION_DOCUMENTS.stream().map(ClaimFixtures::pdf).toList());
  }

  private static String cssString(String value) {
    return "'" + value.replace("'", "\\'") + "'";
  }

  private String baseUrl() {
    return "http://localhost:" + port;
  }

  private String submitClaim(ClaimSubmission submission) {
    try {
      var response = new Http(port).postJson("/api/claims", objectMapper.writeValueAsString(submission),
          "Authorization", Http.basic("channel", "channel"));
      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
      return objectMapper.readTree(response.body()).path("claimNumber").asText();
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
