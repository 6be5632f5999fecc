package cn.insure.claims.catastrophe.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static cn.insure.claims.catastrophe.CatastropheFixtures.GREEN_DAMAGE_DOCUMENTS;
import static cn.insure.claims.catastrophe.CatastropheFixtures.PROPERTY_DAMAGE_DOCUMENTS;
import static cn.insure.claims.catastrophe.CatastropheFixtures.VEHICLE_DAMAGE_DOCUMENTS;
import static cn.insure.claims.catastrophe.CatastropheFixtures.carDamage;
import static cn.insure.claims.catastrophe.CatastropheFixtures.homeDamage;
import static cn.insure.claims.catastrophe.CatastropheFixtures.shopDamage;
import static cn.insure.claims.catastrophe.CatastropheFixtures.typhoon;
import static cn.insure.claims.catastrophe.CatastropheFixtures.zhuhaiHomeDamage;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
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

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.payment.SimulatedBankGateway;
import cn.insure.claims.catastrophe.CatastropheDeclaration;
import cn.insure.claims.catastrophe.CatastropheEvent;
import cn.insure.claims.catastrophe.CatastropheReport;
import cn.insure.claims.catastrophe.CatastropheService;
import cn.insure.claims.catastrophe.Grade;
import cn.insure.claims.claim.Claim;
import cn.insure.claims.claim.ClaimFixtures;
import cn.insure.claims.claim.ClaimRepository;
import cn.insure.claims.claim.ClaimService;
import cn.insure.claims.claim.ClaimSpotChecks;
import cn.insure.claims.claim.ClaimSubmission;
import cn.insure.claims.claim.ClaimSubmission.Peril;
import cn.insure.claims.numbering.CaseNumbers;
import cn.insure.claims.payment.ClaimPayments;
import cn.insure.claims.policy.ProductLine;
import cn.insure.claims.system.identity.TasklistFilters;

/**
 * One test per path through {@code catastrophe-event.bpmn} and through the green channel of
 * {@code claim-handling.bpmn}. Every test declares its event over a district of its own.
 */
@ClaimsSpringBootTest
class CatastropheEventProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired FormService formService;
  @Autowired RepositoryService repositoryService;
  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;
  @Autowired CatastropheService catastrophes;
  @Autowired ClaimService claimService;
  @Autowired ClaimRepository claims;
  @Autowired ClaimPayments payments;
  @Autowired ClaimSpotChecks spotChecks;
  @Autowired SimulatedBankGateway bank;

  @BeforeEach
  void setUp() {
    init(processEngine);
    ClockUtil.setCurrentTime(new Date());
  }

  @AfterEach
  void closeEventsLeftOpen() {
    ClockUtil.reset();
    for (CatastropheEvent event : catastrophes.list(CatastropheEvent.Status.OPEN)) {
      runEventJobs(event.eventId());
      catastrophes.close(event.eventId(), "chenjie", "测试结束 Test over");
    }
  }

  @Test
  void aNewClaimMatchingADeclaredEventIsFastTrackedWithTheReducedChecklistAndHighPriority() {
    CatastropheEvent typhoon = declare(typhoon("440303"));

    ProcessInstance claim = submit(homeDamage("440303", Peril.TYPHOON, "8000.00", GREEN_DAMAGE_DOCUMENTS));

    Claim record = record(claim);
    assertThat(record.greenChannel()).isTrue();
    assertThat(record.catastropheEventId()).isEqualTo(typhoon.eventId());
    assertThat(claim).isWaitingAt("firstReview").hasNotPassed("sendMissingDocumentsNotice", "settleClaimAutomatically");
    assertThat(runtimeService.getVariable(claim.getId(), "requiredDocuments"))
        .asList().containsExactlyInAnyOrderElementsOf(GREEN_DAMAGE_DOCUMENTS);
    Task firstReview = task(claim, "firstReview");
    assertThat(firstReview.getPriority()).isEqualTo(80);
    assertThat(greenChannelFilter("zhangwei", "claims-specialists")).extracting(Task::getId).contains(firstReview.getId());

    firstReview(claim, "zhangwei", "COVERED", 7600, "台风损失属实，按维修报价核定");

    assertThat(claim).hasPassed("reviewApproved", "sendApprovalNotice").hasNotPassed("secondReview")
        .isWaitingAt("payClaimOnline");
    assertThat(runtimeService.getVariable(claim.getId(), "routingReason").toString()).contains("fast track");
  }

  @Test
  void aClaimOutsideTheEventTakesTheNormalPath() {
    declare(typhoon("440310"));

    ProcessInstance elsewhere = submit(new ClaimSubmission("P-PRP-2026-000006", ClaimSubmission.Channel.APP,
        new ClaimSubmission.Claimant("谢宇", "15011876240", null, "360102199201170366"),
        new ClaimSubmission.Loss(LocalDate.now().minusDays(1), "广州市天河区体育西路", "440106", Peril.TYPHOON,
            "台风吹落空调外机", null),
        ProductLine.PROPERTY, ClaimSubmission.ClaimType.PROPERTY_DAMAGE,
        new BigDecimal("8000.00"), new ClaimSubmission.Payee("谢宇", "农业银行", "6228480402564890018"),
        PROPERTY_DAMAGE_DOCUMENTS.stream().map(ClaimFixtures::pdf).toList()));
    ProcessInstance otherPeril = submit(homeDamage("440310", Peril.THEFT, "2000.00", PROPERTY_DAMAGE_DOCUMENTS));

    for (ProcessInstance claim : List.of(elsewhere, otherPeril)) {
      assertThat(record(claim).greenChannel()).isFalse();
      assertThat(claim).isWaitingAt("firstReview").hasNotPassed("settleClaimAutomatically");
      assertThat(task(claim, "firstReview").getPriority()).isEqualTo(50);
    }
    firstReview(elsewhere, "zhangwei", "COVERED", 7600, "属于保险责任");
    assertThat(elsewhere).isWaitingAt("secondReview").hasNotPassed("payGreenChannelAdvance");
  }

  @Test
  void claimsRunningWhenTheEventIsDeclaredAreSwitchedWithoutLosingTheirProgress() {
    // A home waiting for documents the green channel no longer asks for, a car already in first
    // review (claimed by 张伟), and a car crash in the same district that is not the storm's.
    ProcessInstance waiting = submit(zhuhaiHomeDamage("440403", Peril.RAINSTORM, "6000.00", GREEN_DAMAGE_DOCUMENTS));
    ProcessInstance inReview = submit(carDamage("440403", Peril.RAINSTORM, "9000.00", VEHICLE_DAMAGE_DOCUMENTS));
    ProcessInstance crash = submit(carDamage("440403", Peril.COLLISION, "4000.00", VEHICLE_DAMAGE_DOCUMENTS));
    assertThat(waiting).isWaitingAt("awaitMissingDocuments");
    Task review = task(inReview, "firstReview");
    taskService.claim(review.getId(), "zhangwei");
    assertThat(review.getPriority()).isEqualTo(50);

    CatastropheEvent storm = declare(new CatastropheDeclaration("2026年11月珠海特大暴雨",
        Grade.EXTRAORDINARY, List.of("440400"), List.of(Peril.RAINSTORM, Peril.FLOOD),
        LocalDate.now().minusDays(3), LocalDate.now().plusDays(4), null, null, null));
    ProcessInstance event = eventInstance(storm);
    assertThat(event).isWaitingAt("switchRunningClaims");
    runEventJobs(storm.eventId());

    assertThat(event).hasPassed("switchRunningClaims", "sendGreenChannelNotices").isWaitingAt("closeCatastropheEvent");
    assertThat(runtimeService.getVariable(event.getId(), "claimsSwitched")).isEqualTo(2L);

    assertThat(waiting).hasPassed("greenChannelDeclared", "applyReducedChecklist", "awaitMissingDocuments",
        "startDeterminationClock")
        .isWaitingAt("firstReview");
    assertThat(record(waiting).missingDocuments()).isEmpty();
    assertThat(task(waiting, "firstReview").getPriority()).isEqualTo(80);

    Task stillTheSame = task(inReview, "firstReview");
    assertThat(stillTheSame.getId()).isEqualTo(review.getId());
    assertThat(stillTheSame.getAssignee()).isEqualTo("zhangwei");
    assertThat(stillTheSame.getPriority()).isEqualTo(80);
    assertThat(record(inReview).greenChannel()).isTrue();
    firstReview(inReview, "zhangwei", "COVERED", 8800, "车辆泡水，按定损单核定");
    assertThat(inReview).hasPassed("greenChannelDeclared", "reviewApproved").hasNotPassed("secondReview");

    assertThat(record(crash).greenChannel()).isFalse();
    assertThat(task(crash, "firstReview").getPriority()).isEqualTo(50);

    assertThat(notices(waiting, "CATASTROPHE_GREEN_CHANNEL")).singleElement()
        .satisfies(notice -> assertThat(notice.body()).contains("2026年11月珠海特大暴雨").contains("已进入绿色通道")
            .contains("预付"));
    assertThat(notices(crash, "CATASTROPHE_GREEN_CHANNEL")).singleElement()
        .satisfies(notice -> assertThat(notice.body()).contains("照常办理"));
    assertThat(runtimeService.getVariable(event.getId(), "customersNotified")).isEqualTo(3L);
  }

  @Test
  void aSmallCompleteCoveredClaimIsSettledStraightThroughAndDrawnForASpotCheck() {
    declare(typhoon("440304"));

    ProcessInstance claim = submit(shopDamage("440304", Peril.TYPHOON, "2800.00", GREEN_DAMAGE_DOCUMENTS));

    assertThat(claim).hasPassed("settlementGateway", "settleClaimAutomatically", "recordDetermination",
        "sendApprovalNotice").hasNotPassed("firstReview").isWaitingAt("payClaimOnline");
    assertThat(claims.decisions(claim.getBusinessKey())).singleElement().satisfies(decision -> {
      assertThat(decision.stage()).isEqualTo("STRAIGHT_THROUGH");
      assertThat(decision.decidedBy()).isEqualTo("system");
      assertThat(decision.amount()).isEqualByComparingTo("2800");
    });
    executeJob(claim, "payClaimOnline");
    assertThat(payments.paid(claim.getBusinessKey())).singleElement()
        .satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("2800"));

    closeDisputeWindowAndArchive(claim);

    assertThat(claim).hasPassed("archiveClaim", "drawSpotCheckSample").isWaitingAt("spotCheckClaim");
    assertThat(claim).task().hasCandidateGroup("quality-inspectors");
    assertThat(spotChecks.find(claim.getBusinessKey())).hasValueSatisfying(sample -> {
      assertThat(sample.basis()).isEqualTo(ClaimSpotChecks.Basis.STRAIGHT_THROUGH);
      assertThat(sample.samplingRate()).isEqualByComparingTo("1");
    });
    Task spotCheck = task(claim, "spotCheckClaim");
    taskService.claim(spotCheck.getId(), "zhoumin");
    taskService.complete(spotCheck.getId(), Map.of("processFollowed", true, "reviewAccurate", true,
        "paymentReasonable", true, "spotCheckFindings", "损失照片与报价一致"));

    assertThat(claim).hasPassed("claimSpotChecked").isEnded();
    assertThat(spotChecks.find(claim.getBusinessKey())).hasValueSatisfying(sample -> {
      assertThat(sample.inspectedBy()).isEqualTo("zhoumin");
      assertThat(sample.paymentReasonable()).isTrue();
    });
  }

  @Test
  void aClaimReviewedByStaffIsDrawnAtTheStandardRate() {
    ProcessInstance claim = submit(homeDamage("440305", Peril.FIRE, "2600.00", PROPERTY_DAMAGE_DOCUMENTS));
    firstReview(claim, "zhangwei", "COVERED", 2600, "厨房失火");
    Task second = task(claim, "secondReview");
    taskService.claim(second.getId(), "wangfang");
    taskService.complete(second.getId(), Map.of("secondReviewAgrees", true, "approvedAmount", 2600));
    executeJob(claim, "payClaimOnline");

    closeDisputeWindowAndArchive(claim);

    // The test profile sets the standard rate to 0: never drawn.
    assertThat(claim).hasPassed("drawSpotCheckSample", "claimArchived").hasNotPassed("spotCheckClaim").isEnded();
    assertThat(spotChecks.find(claim.getBusinessKey())).isEmpty();
  }

  @Test
  void aGreenChannelClaimIsPaidAnAdvanceAtFirstReviewAndTheFinalPaymentPaysTheDifference() {
    declare(typhoon("440306"));
    ProcessInstance claim = submit(homeDamage("440306", Peril.TYPHOON, "40000.00", GREEN_DAMAGE_DOCUMENTS));
    assertThat(claim).isWaitingAt("firstReview");

    firstReview(claim, "zhangwei", "COVERED", 36000, "屋顶及家具损失，超过快速赔付限额");

    assertThat(claim).hasPassed("advancePaymentGateway").isWaitingAt("payGreenChannelAdvance");
    assertThat(runtimeService.getVariable(claim.getId(), "advancePaymentShare")).isInstanceOf(BigDecimal.class);
    executeJob(claim, "payGreenChannelAdvance");
    assertThat(payments.paid(claim.getBusinessKey())).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ClaimPayments.Kind.ADVANCE);
      assertThat(p.amount()).isEqualByComparingTo("10800.00");
    });
    assertThat(claim).isWaitingAt("secondReview");

    Task second = task(claim, "secondReview");
    taskService.claim(second.getId(), "wangfang");
    taskService.complete(second.getId(), Map.of("secondReviewAgrees", true, "approvedAmount", 35000));
    executeJob(claim, "payClaimOnline");

    List<ClaimPayments.Payment> paid = payments.paid(claim.getBusinessKey());
    assertThat(paid).extracting(ClaimPayments.Payment::kind)
        .containsExactly(ClaimPayments.Kind.ADVANCE, ClaimPayments.Kind.FINAL);
    assertThat(paid).extracting(ClaimPayments.Payment::amount).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("10800"), new BigDecimal("24200"));
    assertThat(notices(claim, "PAYMENT_MADE")).hasSize(2);
  }

  @Test
  void aGreenChannelAdvanceTheBankRefusesGoesToFinanceAndTheSecondReviewFollowsThePayment() {
    declare(typhoon("440306"));
    ProcessInstance claim = submit(homeDamage("440306", Peril.TYPHOON, "40000.00", GREEN_DAMAGE_DOCUMENTS));
    firstReview(claim, "zhangwei", "COVERED", 36000, "屋顶及家具损失，超过快速赔付限额");
    bank.closeAccount("6214830212345678");
    try {
      executeJob(claim, "payGreenChannelAdvance");
    } finally {
      bank.reopenAccount("6214830212345678");
    }

    assertThat(claim).hasPassed("greenChannelAdvanceRejected").isWaitingAt("correctGreenChannelAdvancePayee");
    assertThat(claim).task().hasCandidateGroup("finance");
    assertThat(runtimeService.createIncidentQuery().processInstanceId(claim.getId()).count()).isZero();
    Task correction = task(claim, "correctGreenChannelAdvancePayee");
    taskService.claim(correction.getId(), "liuyang");
    taskService.complete(correction.getId(), Map.of("payeeAccountName", "何家豪", "payeeBankName", "中国建设银行",
        "payeeAccountNumber", "6217001234567890"));
    executeJob(claim, "payGreenChannelAdvance");

    assertThat(claim).isWaitingAt("secondReview");
    assertThat(payments.paid(claim.getBusinessKey())).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ClaimPayments.Kind.ADVANCE);
      assertThat(p.amount()).isEqualByComparingTo("10800.00");
    });
  }

  @Test
  void aManagerClosesTheEventAndReviewsAReportOfItsClaimsAndPayments() {
    CatastropheEvent flood = declare(new CatastropheDeclaration("2026年龙岗洪涝", Grade.SIGNIFICANT,
        List.of("440307"), List.of(Peril.FLOOD), LocalDate.now().minusDays(3), LocalDate.now().plusDays(4), null, null,
        null));
    runEventJobs(flood.eventId());
    ProcessInstance straightThrough = submit(homeDamage("440307", Peril.FLOOD, "2000.00", GREEN_DAMAGE_DOCUMENTS));
    executeJob(straightThrough, "payClaimOnline");
    ProcessInstance fastTracked = submit(homeDamage("440307", Peril.FLOOD, "8000.00", GREEN_DAMAGE_DOCUMENTS));
    firstReview(fastTracked, "lina", "COVERED", 8000, "核定");
    executeJob(fastTracked, "payClaimOnline");
    ProcessInstance inReview = submit(homeDamage("440307", Peril.FLOOD, "20000.00", GREEN_DAMAGE_DOCUMENTS));
    ProcessInstance notTheFlood = submit(homeDamage("440307", Peril.THEFT, "3000.00", GREEN_DAMAGE_DOCUMENTS));
    assertThat(record(notTheFlood).greenChannel()).isFalse();

    ProcessInstance event = eventInstance(flood);
    Task close = task(event, "closeCatastropheEvent");
    assertThat(close.getPriority()).isEqualTo(80);
    taskService.claim(close.getId(), "chenjie");
    taskService.complete(close.getId(), Map.of("closeReason", "应急响应已解除"));

    assertThat(event).hasPassed("closeCatastropheEvent", "stopGreenChannel", "compileCatastropheReport")
        .isWaitingAt("reviewCatastropheReport");
    CatastropheEvent closed = catastrophes.require(flood.eventId());
    assertThat(closed.status()).isEqualTo(CatastropheEvent.Status.CLOSED);
    assertThat(closed.closedBy()).isEqualTo("chenjie");
    assertThat(closed.closeReason()).isEqualTo("应急响应已解除");
    CatastropheReport report = catastrophes.report(flood.eventId()).orElseThrow();
    assertThat(report.claimsReceived()).isEqualTo(3);
    assertThat(report.claimsDecided()).isEqualTo(2);
    assertThat(report.claimsApproved()).isEqualTo(2);
    assertThat(report.claimsSettledStraightThrough()).isEqualTo(1);
    assertThat(report.claimsPaidWithinTarget()).isEqualTo(2);
    assertThat(report.sharePaidWithinTarget()).isEqualByComparingTo("0.6667");
    assertThat(report.targetMet()).isTrue();
    assertThat(report.amountClaimed()).isEqualByComparingTo("30000");
    assertThat(report.amountApproved()).isEqualByComparingTo("10000");
    assertThat(report.amountPaid()).isEqualByComparingTo("10000");
    assertThat(report.averageHoursToPayment()).isEqualByComparingTo("0.0");
    assertThat(runtimeService.getVariable(event.getId(), "targetText")).isEqualTo("达标 Target met");
    assertThat(runtimeService.getVariable(event.getId(), "reportSummary").toString()).contains("受理 Received 3");
    // The report's amounts are decimals in the engine too (the review form shows them).
    assertThat(runtimeService.getVariable(event.getId(), "amountClaimed")).isEqualTo(new BigDecimal("30000.00"));
    assertThat(runtimeService.getVariable(event.getId(), "amountApproved")).isEqualTo(new BigDecimal("10000.00"));

    ProcessInstance afterClosing = submit(homeDamage("440307", Peril.FLOOD, "2000.00", GREEN_DAMAGE_DOCUMENTS));
    assertThat(record(afterClosing).greenChannel()).isFalse();
    assertThat(inReview).isWaitingAt("firstReview");

    Task review = task(event, "reviewCatastropheReport");
    taskService.claim(review.getId(), "chenjie");
    taskService.complete(review.getId(), Map.of("reportReviewComment", "目标达成；下次提前部署临时服务点"));
    assertThat(event).hasPassed("catastropheReportReviewed").isEnded();
    assertThat(catastrophes.report(flood.eventId()).orElseThrow().reviewedBy()).isEqualTo("chenjie");
  }

  @Test
  void anEventClosesItselfAtTheEndOfItsPeriodAndReportsATargetNotMet() {
    LocalDate today = LocalDate.now(CaseNumbers.BUSINESS_ZONE);
    CatastropheEvent typhoon = declare(new CatastropheDeclaration("2026年第19号台风", null, List.of("440308"), null,
        today.minusDays(2), today, null, null, null));
    runEventJobs(typhoon.eventId());
    ProcessInstance unpaid = submit(homeDamage("440308", Peril.TYPHOON, "50000.00", GREEN_DAMAGE_DOCUMENTS));
    ProcessInstance event = eventInstance(typhoon);
    assertThat(event).isWaitingAt("closeCatastropheEvent");

    ClockUtil.setCurrentTime(Date.from(typhoon.endsAt().plus(Duration.ofMinutes(1))));
    executeJob(event, "eventPeriodEnded");

    assertThat(event).hasPassed("eventPeriodEnded", "stopGreenChannel").isWaitingAt("reviewCatastropheReport");
    CatastropheEvent closed = catastrophes.require(typhoon.eventId());
    assertThat(closed.status()).isEqualTo(CatastropheEvent.Status.CLOSED);
    assertThat(closed.closedBy()).isEqualTo("system");
    assertThat(closed.closeReason()).contains("Event period ended");
    CatastropheReport report = catastrophes.report(typhoon.eventId()).orElseThrow();
    assertThat(report.claimsReceived()).isEqualTo(1);
    assertThat(report.claimsDecided()).isZero();
    assertThat(report.claimsPaidWithinTarget()).isZero();
    assertThat(report.targetMet()).isFalse();
    assertThat(report.averageHoursToPayment()).isNull();
    assertThat(unpaid).isWaitingAt("firstReview");
    assertThat(record(unpaid).greenChannel()).isTrue();
  }

  /** Tasklist submits the perils checklist as a JSON array (variable type Json), not as a list. */
  @Test
  void theStartFormsPerilsChecklistArrivesAsJsonFromTasklist() {
    Map<String, Object> form = new HashMap<>();
    form.put("eventName", "2026年第21号台风“白鹿”");
    form.put("grade", "MAJOR");
    form.put("regionCodes", "440402");
    form.put("perils", org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"TYPHOON\",\"FLOOD\"]").create());
    form.put("lossFrom", LocalDate.now().minusDays(1).toString());
    form.put("lossTo", LocalDate.now().plusDays(2).toString());

    ProcessInstance event = declareFromTasklist(form);

    assertThat(catastrophes.require(event.getBusinessKey()).perils()).containsExactlyInAnyOrder("TYPHOON", "FLOOD");
  }

  /** chenjie submits the start form of catastropheEvent, as Tasklist does. */
  private ProcessInstance declareFromTasklist(Map<String, Object> form) {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("catastropheEvent")
        .latestVersion().singleResult().getId();
    identityService.setAuthentication("chenjie", List.of("claims-managers"));
    try {
      return formService.submitStartForm(definitionId, form);
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void aManagerDeclaresAnEventFromTasklistsStartForm() {
    Map<String, Object> form = new HashMap<>();
    form.put("eventName", "2026年龙华区暴雨");
    form.put("grade", "SIGNIFICANT");
    form.put("regionCodes", "440309，440311");
    form.put("perils", List.of("RAINSTORM", "FLOOD"));
    form.put("lossFrom", LocalDate.now().minusDays(1).toString());
    form.put("lossTo", LocalDate.now().plusDays(2).toString());
    form.put("advancePaymentShare", 0.5);

    ProcessInstance event = declareFromTasklist(form);

    assertThat(event.getBusinessKey()).matches("CAT-\\d{8}-\\d{6}");
    assertThat(event).isWaitingAt("switchRunningClaims");
    CatastropheEvent declared = catastrophes.require(event.getBusinessKey());
    assertThat(declared.regionCodes()).containsExactly("440309", "440311");
    assertThat(declared.perils()).containsExactlyInAnyOrder("RAINSTORM", "FLOOD");
    assertThat(declared.declaredBy()).isEqualTo("chenjie");
    assertThat(declared.fastTrackLimit()).isEqualByComparingTo("10000");
    assertThat(declared.advancePaymentShare()).isEqualByComparingTo("0.5");
    // The start form sent 0.5 as a JSON number; the engine keeps the event's decimals as decimals.
    assertThat(runtimeService.getVariable(event.getId(), "advancePaymentShare")).isInstanceOf(BigDecimal.class);
    assertThat(runtimeService.getVariable(event.getId(), "fastTrackLimit")).isEqualTo(new BigDecimal("10000.00"));
  }

  @Test
  void aPhoneClaimAStaffMemberEntersInTasklistDuringTheEventIsAGreenChannelClaim() {
    CatastropheEvent typhoon = declare(typhoon("440305"));
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("claimHandling")
        .latestVersion().singleResult().getId();
    Map<String, Object> form = new HashMap<>();
    form.put("policyNumber", "P-AUTO-2026-000001");
    form.put("channel", "PHONE");
    form.put("productLine", "AUTO");
    form.put("claimType", "VEHICLE_DAMAGE");
    form.put("claimantName", "张建华");
    form.put("claimantPhone", "13923807716");
    form.put("claimantIdNumber", "410105198203081956");
    form.put("lossDate", LocalDate.now().minusDays(1).toString());
    form.put("lossPlace", "深圳市南山区科技园停车场");
    form.put("regionCode", "440305");
    form.put("peril", "FLOOD");
    form.put("lossCause", "台风暴雨，车辆被淹");
    form.put("claimedAmount", 6500.0);

    // As in Tasklist: the specialist is the authenticated user while intake asks the eligibility decision.
    identityService.setAuthentication("zhangwei", List.of("claims-specialists"));
    ProcessInstance claim;
    try {
      claim = formService.submitStartForm(definitionId, form);
    } finally {
      identityService.clearAuthentication();
    }

    assertThat(record(claim).greenChannel()).isTrue();
    assertThat(record(claim).catastropheEventId()).isEqualTo(typhoon.eventId());
    assertThat(claim).isWaitingAt("awaitMissingDocuments");
    assertThat(claimService.missingDocuments(claim.getBusinessKey()))
        .containsExactlyInAnyOrderElementsOf(GREEN_DAMAGE_DOCUMENTS);
  }

  // --- steps -------------------------------------------------------------------------------------

  private CatastropheEvent declare(CatastropheDeclaration declaration) {
    return catastrophes.declare(declaration, "chenjie");
  }

  private ProcessInstance eventInstance(CatastropheEvent event) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("catastropheEvent")
        .processInstanceBusinessKey(event.eventId()).singleResult();
  }

  /** Runs the event's jobs that are due, as the job executor would: the batches of switches and notices. */
  private void runEventJobs(String eventId) {
    ProcessInstance event = runtimeService.createProcessInstanceQuery().processDefinitionKey("catastropheEvent")
        .processInstanceBusinessKey(eventId).singleResult();
    if (event == null) {
      return;
    }
    List<Job> due;
    while (!(due = managementService.createJobQuery().processInstanceId(event.getId()).executable().list()).isEmpty()) {
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  private ProcessInstance submit(ClaimSubmission submission) {
    ClaimService.Submitted submitted = claimService.submit(submission, null, "channel");
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(submitted.claim().claimNumber())
        .processDefinitionKey("claimHandling").singleResult();
  }

  private void firstReview(ProcessInstance claim, String user, String liability, double amount, String comment) {
    Task task = task(claim, "firstReview");
    taskService.claim(task.getId(), user);
    taskService.complete(task.getId(), Map.of("liability", liability, "assessedAmount", amount, "fraudSuspected",
        false, "reviewComment", comment));
  }

  private Task task(ProcessInstance instance, String taskKey) {
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as("task " + taskKey).isNotNull();
    return task;
  }

  private List<Task> greenChannelFilter(String user, String group) {
    String filterId = filterService.createFilterQuery().filterName(TasklistFilters.GREEN_CHANNEL).singleResult().getId();
    identityService.setAuthentication(user, List.of(group));
    try {
      return filterService.list(filterId);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void executeJob(ProcessInstance instance, String activityId) {
    Job job = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .singleResult();
    assertThat(job).as("job at " + activityId).isNotNull();
    managementService.executeJob(job.getId());
  }

  private void closeDisputeWindowAndArchive(ProcessInstance claim) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(31).toMillis()));
    executeJob(claim, "disputeWindowClosed");
    executeJob(claim, "archiveClaim");
  }

  private List<ClaimRepository.Notice> notices(ProcessInstance claim, String kind) {
    return claims.notices(claim.getBusinessKey()).stream().filter(n -> n.kind().equals(kind)).toList();
  }

  private Claim record(ProcessInstance claim) {
    return claims.find(claim.getBusinessKey()).orElseThrow();
  }
}
