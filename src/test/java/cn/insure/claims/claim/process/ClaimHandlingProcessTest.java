package cn.insure.claims.claim.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
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
import cn.insure.claims.claim.Claim;
import cn.insure.claims.claim.ClaimFixtures;
import cn.insure.claims.claim.ClaimRepository;
import cn.insure.claims.claim.ClaimService;
import cn.insure.claims.claim.ClaimStatus;
import cn.insure.claims.claim.ClaimSubmission;
import cn.insure.claims.payment.ClaimPayments;
import cn.insure.claims.payment.SimulatedBankGateway;
import cn.insure.claims.system.errors.ApiException;

/** One test per path through {@code claim-handling.bpmn}. */
@ClaimsSpringBootTest
class ClaimHandlingProcessTest {

  /** The payee account of the fixtures' claims. */
  private static final String FIXTURE_ACCOUNT = "6225880112345678";

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired ClaimService claimService;
  @Autowired ClaimRepository claims;
  @Autowired ClaimPayments payments;
  @Autowired SimulatedBankGateway bank;

  @BeforeEach
  void setUp() {
    init(processEngine);
    ClockUtil.setCurrentTime(new Date());
  }

  @AfterEach
  void resetClockAndBank() {
    ClockUtil.reset();
    bank.failNext(0);
    bank.reopenAccount(FIXTURE_ACCOUNT);
  }

  @Test
  void aCoveredClaimWithAllDocumentsIsReviewedTwiceApprovedPaidOnlineAndArchived() {
    ProcessInstance claim = submit(ClaimFixtures.medicalClaimWithAllDocuments());
    assertThat(claim).isWaitingAt("firstReview");
    assertThat(claim).hasNotPassed("sendMissingDocumentsNotice");
    assertThat(claim).task().hasCandidateGroup("claims-specialists");
    assertThat(deployedFormOf(claim)).contains("\"id\": \"firstReview\"").contains("assessedAmount");

    firstReview(claim, "zhangwei", "COVERED", 12000, false, "住院费用合理，扣除自费部分");
    assertThat(claim).isWaitingAt("secondReview");
    secondReview(claim, "wangfang", true, 12000);

    int transfersBefore = bank.transfersExecuted();
    executeJob(claim, "payClaimOnline");
    assertThat(bank.transfersExecuted()).isEqualTo(transfersBefore + 1);
    assertThat(claim).isWaitingAt("awaitDisputeGateway");

    closeDisputeWindowAndArchive(claim);
    assertThat(claim).hasPassedInOrder("firstReview", "secondReview", "sendApprovalNotice", "payClaimOnline",
        "archiveClaim").hasPassed("claimArchived").isEnded();

    Claim record = record(claim);
    assertThat(record.status()).isEqualTo(ClaimStatus.ARCHIVED);
    assertThat(record.approvedAmount()).isEqualByComparingTo("12000");
    assertThat(payments.paid(record.claimNumber())).singleElement()
        .satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("12000"));
    assertThat(claims.decisions(record.claimNumber())).extracting(ClaimRepository.Decision::stage,
        ClaimRepository.Decision::decidedBy).containsExactly(
            org.assertj.core.groups.Tuple.tuple("FIRST_REVIEW", "zhangwei"),
            org.assertj.core.groups.Tuple.tuple("SECOND_REVIEW", "wangfang"));
    assertThat(claims.notices(record.claimNumber())).extracting(ClaimRepository.Notice::kind)
        .containsExactly("CLAIM_RECEIVED", "DECISION_APPROVED", "PAYMENT_MADE");
  }

  @Test
  void missingDocumentsAreRequestedOnceAndTheClaimMovesOnWhenTheyAreSupplied() {
    ProcessInstance claim = submit(ClaimFixtures.medicalClaimWithDocuments(List.of("CLAIM_FORM", "ID_DOCUMENT")));
    assertThat(claim).isWaitingAt("awaitMissingDocuments");
    String claimNumber = claim.getBusinessKey();
    assertThat(claimService.missingDocuments(claimNumber)).containsExactlyInAnyOrder("BANK_ACCOUNT_PROOF",
        "MEDICAL_INVOICE", "EXPENSE_LIST", "DISCHARGE_SUMMARY");
    assertThat(claims.notices(claimNumber)).filteredOn(n -> n.kind().equals("MISSING_DOCUMENTS")).singleElement()
        .satisfies(n -> assertThat(n.body()).contains("出院小结").contains("医疗费用发票").contains("费用清单")
            .contains("领款账户证明"));

    upload(claimNumber, "MEDICAL_INVOICE", "EXPENSE_LIST", "BANK_ACCOUNT_PROOF");
    assertThat(claim).isWaitingAt("awaitMissingDocuments");
    upload(claimNumber, "DISCHARGE_SUMMARY");

    assertThat(claim).isWaitingAt("firstReview");
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(claim.getId())
        .activityId("sendMissingDocumentsNotice").count()).isOne();
    assertThat(claims.notices(claimNumber)).filteredOn(n -> n.kind().equals("MISSING_DOCUMENTS")).hasSize(1);
  }

  @Test
  void missingDocumentsNotSuppliedInTimeAreRemindedOnceAndTheClaimIsReviewedWithWhatItHas() {
    ProcessInstance claim = submit(ClaimFixtures.medicalClaimWithDocuments(List.of("CLAIM_FORM", "ID_DOCUMENT")));
    String claimNumber = claim.getBusinessKey();

    advance(Duration.ofDays(8));
    executeTimer(claim, "documentsReminderDue");
    assertThat(claims.notices(claimNumber)).extracting(ClaimRepository.Notice::kind)
        .containsSubsequence("MISSING_DOCUMENTS", "DOCUMENTS_REMINDER");
    assertThat(claim).isWaitingAt("awaitMissingDocuments");

    advance(Duration.ofDays(8));
    executeTimer(claim, "documentsResponsePeriodOver");

    assertThat(claim).isWaitingAt("firstReview").hasPassed("documentsResponsePeriodOver");
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(claim.getId())
        .activityId("sendMissingDocumentsNotice").count()).isOne();
    assertThat(taskService.createTaskQuery().processInstanceId(claim.getId()).singleResult().getName())
        .isEqualTo("初审 First review · " + claimNumber);
    assertThat(runtimeService.getVariable(claim.getId(), "documentsMissing").toString()).contains("DISCHARGE_SUMMARY");
  }

  @Test
  void aClaimNotCoveredGetsAReasonedRejectionNoticeAndIsArchived() {
    ProcessInstance claim = submit(ClaimFixtures.medicalClaimWithAllDocuments());
    Task task = claimTask(claim, "firstReview", "lina");
    assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("liability", "NOT_COVERED",
        "assessedAmount", 0, "fraudSuspected", false))).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("reviewComment");

    taskService.complete(task.getId(), Map.of("liability", "NOT_COVERED", "assessedAmount", 0,
        "fraudSuspected", false, "reviewComment", "既往症：投保前已确诊慢性阑尾炎，依据条款第七条第三款不予赔付"));

    assertThat(claim).hasPassed("sendRejectionNotice").hasNotPassed("secondReview").isWaitingAt("awaitDisputeGateway");
    assertThat(claims.notices(claim.getBusinessKey())).filteredOn(n -> n.kind().equals("DECISION_REJECTED"))
        .singleElement().satisfies(n -> assertThat(n.body()).contains("既往症").contains("第七条第三款"));
    closeDisputeWindowAndArchive(claim);
    assertThat(claim).hasPassed("claimArchived").isEnded();
    assertThat(record(claim).status()).isEqualTo(ClaimStatus.ARCHIVED);
    assertThat(payments.paid(claim.getBusinessKey())).isEmpty();
  }

  @Test
  void aLargeClaimGoesThroughSecondReviewToThePanel() {
    ProcessInstance claim = submit(ClaimFixtures.medicalClaimOf("680000.00"));
    firstReview(claim, "zhangwei", "COVERED", 620000, false, "重症监护费用");
    assertThat(runtimeService.getVariable(claim.getId(), "routingReason").toString()).contains("Amount");
    secondReview(claim, "wangfang", true, 610000);

    assertThat(claim).isWaitingAt("panelReview");
    panelReview(claim, "chenjie", "APPROVE", 600000, "会审同意按合同约定比例赔付");

    assertThat(claim).hasPassed("sendApprovalNotice").isWaitingAt("payClaimOnline");
    assertThat(record(claim).approvedAmount()).isEqualByComparingTo("600000");
  }

  @Test
  void aSupervisorWhoDisagreesSendsTheCaseToThePanel() {
    ProcessInstance claim = submit(ClaimFixtures.medicalClaimWithAllDocuments());
    firstReview(claim, "zhangwei", "COVERED", 12800, false, "全额赔付");
    secondReview(claim, "wangfang", false, 9000);

    assertThat(claim).isWaitingAt("panelReview");
    assertThat(runtimeService.getVariable(claim.getId(), "routingReason").toString()).contains("disagrees");
  }

  @Test
  void suspectedFraudGoesStraightToThePanelWhichRejects() {
    ProcessInstance claim = submit(ClaimFixtures.medicalClaimWithAllDocuments());
    firstReview(claim, "zhangwei", "COVERED", 12800, true, "发票号码与医院记录不符");

    assertThat(claim).isWaitingAt("panelReview").hasNotPassed("secondReview");
    panelReview(claim, "chenjie", "REJECT", 0, "经医院核实发票系伪造，依据条款第十二条拒赔");

    assertThat(claim).hasPassed("reviewRejected", "sendRejectionNotice").isWaitingAt("awaitDisputeGateway");
    assertThat(record(claim).decision()).isEqualTo("REJECTED");
  }

  @Test
  void aPaymentThatKeepsFailingBecomesAnIncidentAndARetryPaysExactlyOnce() {
    ProcessInstance claim = approvedClaim(ClaimFixtures.medicalClaimWithAllDocuments(), 12000);
    bank.failNext(10);
    Job payment = job(claim, "payClaimOnline");
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> managementService.executeJob(payment.getId())).hasMessageContaining("Simulated bank");
    }
    assertThat(managementService.createJobQuery().jobId(payment.getId()).singleResult().getRetries()).isZero();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(claim.getId()).singleResult().getActivityId())
        .isEqualTo("payClaimOnline");
    assertThat(payments.paid(claim.getBusinessKey())).isEmpty();

    bank.failNext(0);
    int transfersBefore = bank.transfersExecuted();
    managementService.setJobRetries(payment.getId(), 1);
    managementService.executeJob(payment.getId());

    assertThat(runtimeService.createIncidentQuery().processInstanceId(claim.getId()).count()).isZero();
    assertThat(bank.transfersExecuted()).isEqualTo(transfersBefore + 1);
    assertThat(payments.paid(claim.getBusinessKey())).hasSize(1);
    assertThat(claim).isWaitingAt("awaitDisputeGateway");
  }

  @Test
  void aPaymentTheBankRefusesGoesToFinanceForTheCorrectAccountAndIsThenPaidOnce() {
    ProcessInstance claim = approvedClaim(ClaimFixtures.medicalClaimWithAllDocuments(), 12000);
    String claimNumber = claim.getBusinessKey();
    bank.closeAccount(FIXTURE_ACCOUNT);
    int transfersBefore = bank.transfersExecuted();

    executeJob(claim, "payClaimOnline");

    assertThat(claim).isWaitingAt("correctPayeeAccount").hasPassed("paymentRejected");
    assertThat(claim).task().hasCandidateGroup("finance");
    assertThat(runtimeService.getVariable(claim.getId(), "paymentFailureReason").toString()).contains("closed")
        .contains("************5678").doesNotContain(FIXTURE_ACCOUNT);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(claim.getId()).count()).isZero();
    assertThat(payments.paid(claimNumber)).isEmpty();
    assertThat(payments.refused(claimNumber)).singleElement()
        .satisfies(p -> assertThat(p.failureReason()).contains("closed"));

    Task task = claimTask(claim, "correctPayeeAccount", "liuyang");
    assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("payeeAccountName", "王小明", "payeeBankName",
        "中国工商银行", "payeeAccountNumber", "6222-02"))).hasMessageContaining("12 to 19 digits");
    taskService.complete(task.getId(), Map.of("payeeAccountName", "王小明", "payeeBankName", "中国工商银行",
        "payeeAccountNumber", "6222021234567890123"));

    assertThat(claim).isWaitingAt("payClaimOnline");
    assertThat(runtimeService.getVariable(claim.getId(), "payeeAccountNumber")).as("clear account number").isNull();
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(claim.getId()).variableUpdates().list())
        .map(detail -> (HistoricVariableUpdate) detail)
        .filteredOn(update -> update.getVariableName().equals("payeeAccountNumber")).isNotEmpty()
        .allSatisfy(update -> assertThat(String.valueOf(update.getValue())).doesNotContain("6222021234567890123"));
    executeJob(claim, "payClaimOnline");

    assertThat(claim).hasPassed("correctPayeeAccount", "paymentMade").isWaitingAt("awaitDisputeGateway");
    assertThat(bank.transfersExecuted()).isEqualTo(transfersBefore + 1);
    assertThat(payments.paid(claimNumber)).singleElement().satisfies(p -> {
      assertThat(p.amount()).isEqualByComparingTo("12000");
      assertThat(p.idempotencyKey()).isEqualTo(claimNumber + "-FINAL-2");
    });
    assertThat(record(claim).payeeAccountNumber()).isEqualTo("6222021234567890123");
    assertThat(claims.events(claimNumber)).extracting(ClaimRepository.Event::type)
        .containsSubsequence("PAYMENT_REJECTED", "PAYEE_CORRECTED", "PAID_FINAL");
    assertThat(claims.notices(claimNumber)).filteredOn(n -> n.kind().equals("PAYMENT_MADE")).singleElement()
        .satisfies(n -> assertThat(n.body()).contains("中国工商银行").contains("0123"));
  }

  @Test
  void aClaimWithoutABankAccountIsPaidOfflineByFinance() {
    ProcessInstance claim = approvedClaim(ClaimFixtures.medicalClaimPaidOffline(), 12000);
    assertThat(claim).isWaitingAt("recordOfflinePayment");
    assertThat(claim).task().hasCandidateGroup("finance");

    Task task = claimTask(claim, "recordOfflinePayment", "liuyang");
    taskService.complete(task.getId(), Map.of("paidAt", "2026-11-25", "receivedBy", "王小明",
        "receiptNumber", "SZ-NS-20261125-0042"));

    assertThat(claim).isWaitingAt("awaitDisputeGateway");
    assertThat(payments.paid(claim.getBusinessKey())).singleElement().satisfies(p -> {
      assertThat(p.method()).isEqualTo("OFFLINE");
      assertThat(p.receiptNumber()).isEqualTo("SZ-NS-20261125-0042");
      assertThat(p.amount()).isEqualByComparingTo("12000");
    });
  }

  @Test
  void aPaymentStillOpenTenDaysAfterTheDecisionIsEscalatedToFinance() {
    ProcessInstance claim = approvedClaim(ClaimFixtures.medicalClaimPaidOffline(), 12000);
    assertThat(claim).isWaitingAt("recordOfflinePayment");

    advance(Duration.ofDays(11));
    executeTimer(claim, "paymentOverdue");

    assertThat(claim).isWaitingAt("recordOfflinePayment", "handleOverduePayment");
    Task overdue = claimTask(claim, "handleOverduePayment", "liuyang");
    assertThat(overdue.getPriority()).isEqualTo(90);
    taskService.complete(overdue.getId(), Map.of("overdueNote", "已电话联系王小明，约定11月28日到柜面领取"));
    assertThat(claim).isWaitingAt("recordOfflinePayment");
    assertThat(claims.decisions(claim.getBusinessKey())).last().satisfies(d -> {
      assertThat(d.stage()).isEqualTo("OVERDUE_PAYMENT");
      assertThat(d.decidedBy()).isEqualTo("liuyang");
      assertThat(d.reason()).contains("11月28日");
    });
  }

  @Test
  void supervisorsAreWarnedOnDay25AndABreachIsRecordedOnDay30() {
    ProcessInstance claim = submit(ClaimFixtures.medicalClaimWithAllDocuments());
    advance(Duration.ofDays(26));
    executeTimer(claim, "determinationWarning");
    assertThat(claims.events(claim.getBusinessKey())).extracting(ClaimRepository.Event::type)
        .contains("DETERMINATION_WARNING");
    assertThat(taskService.createTaskQuery().processInstanceId(claim.getId()).singleResult().getPriority())
        .isEqualTo(90);
    assertThat(record(claim).determinationBreached()).isFalse();

    advance(Duration.ofDays(5));
    executeTimer(claim, "determinationDue");

    assertThat(record(claim).determinationBreached()).isTrue();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(claim.getId())
        .incidentType("statutoryDeadlineBreached").count()).isOne();
    assertThat(claim).isWaitingAt("firstReview");
  }

  @Test
  void after60DaysWithoutADeterminationAnAdvanceIsPaidAndTheFinalPaymentPaysTheDifference() {
    ProcessInstance claim = claimWaitingForItsApprovedAdvance();

    executeJob(claim, "payAdvance");
    assertThat(payments.paid(claim.getBusinessKey())).singleElement()
        .satisfies(p -> assertThat(p.kind()).isEqualTo(ClaimPayments.Kind.ADVANCE));

    firstReview(claim, "zhangwei", "COVERED", 12000, false, "核定");
    secondReview(claim, "wangfang", true, 12000);
    executeJob(claim, "payClaimOnline");

    assertThat(payments.paid(claim.getBusinessKey())).extracting(ClaimPayments.Payment::amount)
        .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("5000"), new BigDecimal("7000"));
  }

  @Test
  void anAdvanceTheBankRefusesGoesToFinanceAndIsPaidOnceToTheCorrectedAccount() {
    ProcessInstance claim = claimWaitingForItsApprovedAdvance();
    String claimNumber = claim.getBusinessKey();
    bank.closeAccount(FIXTURE_ACCOUNT);

    executeJob(claim, "payAdvance");

    assertThat(claim).isWaitingAt("firstReview", "correctAdvancePayee").hasPassed("advanceRejected");
    assertThat(runtimeService.createIncidentQuery().processInstanceId(claim.getId()).incidentType("failedJob").count())
        .as("no failed-job incident, only the day-30 breach").isZero();
    assertThat(payments.paid(claimNumber)).isEmpty();
    Task task = claimTask(claim, "correctAdvancePayee", "liuyang");
    assertThat(task.getName()).contains(claimNumber);
    taskService.complete(task.getId(), Map.of("payeeAccountName", "王小明", "payeeBankName", "中国工商银行",
        "payeeAccountNumber", "6222021234567890123"));
    executeJob(claim, "payAdvance");

    assertThat(claim).hasPassed("advancePaid").isWaitingAt("firstReview");
    assertThat(payments.paid(claimNumber)).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ClaimPayments.Kind.ADVANCE);
      assertThat(p.amount()).isEqualByComparingTo("5000");
    });
    assertThat(record(claim).payeeAccountNumber()).isEqualTo("6222021234567890123");
  }

  @Test
  void anAdvanceStillUnpaidWhenTheClaimIsDecidedIsNotPaidAndTheFinalPaymentPaysAll() {
    ProcessInstance claim = claimWaitingForItsApprovedAdvance();
    String claimNumber = claim.getBusinessKey();
    bank.closeAccount(FIXTURE_ACCOUNT);
    executeJob(claim, "payAdvance");
    Task correction = claimTask(claim, "correctAdvancePayee", "liuyang");

    firstReview(claim, "zhangwei", "COVERED", 12000, false, "核定");
    secondReview(claim, "wangfang", true, 12000);
    taskService.complete(correction.getId(), Map.of("payeeAccountName", "王小明", "payeeBankName", "中国工商银行",
        "payeeAccountNumber", "6222021234567890123"));
    executeJob(claim, "payAdvance");
    executeJob(claim, "payClaimOnline");

    assertThat(claim).hasPassed("advancePaid", "paymentMade");
    assertThat(payments.paid(claimNumber)).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ClaimPayments.Kind.FINAL);
      assertThat(p.amount()).isEqualByComparingTo("12000");
    });
    assertThat(claims.events(claimNumber)).extracting(ClaimRepository.Event::type).contains("ADVANCE_NOT_NEEDED");
  }

  /** A claim undecided after 60 days whose advance of 5,000 a supervisor approved; the payment job waits. */
  private ProcessInstance claimWaitingForItsApprovedAdvance() {
    ProcessInstance claim = submit(ClaimFixtures.medicalClaimWithAllDocuments());
    advance(Duration.ofDays(61));
    executeTimer(claim, "determinationWarning");
    executeTimer(claim, "determinationDue");
    executeTimer(claim, "advancePaymentDue");
    Task approval = claimTask(claim, "approveAdvancePayment", "wangfang");
    taskService.complete(approval.getId(), Map.of("advancePaymentApproved", true, "advanceAmount", 5000,
        "approvalComment", "住院发票部分金额已可确定"));
    return claim;
  }

  @Test
  void aDisputedRejectionIsReconsideredByThePanelAndCanBeDisputedOnlyOnce() {
    ProcessInstance claim = submit(ClaimFixtures.medicalClaimWithAllDocuments());
    firstReview(claim, "zhangwei", "NOT_COVERED", 0, false, "等待期内出险，依据条款第五条不予赔付");
    String claimNumber = claim.getBusinessKey();

    claimService.dispute(claimNumber, "发病时已过等待期，附入院记录", "channel");
    assertThat(claim).isWaitingAt("panelReconsideration");
    assertThatThrownBy(() -> claimService.dispute(claimNumber, "再次申请", "channel"))
        .isInstanceOf(ApiException.class).hasMessageContaining("409");

    Task task = claimTask(claim, "panelReconsideration", "chenjie");
    taskService.complete(task.getId(), Map.of("reconsiderationDecision", "REVISED", "approvedAmount", 8000,
        "panelOpinion", "经核实等待期已满，改为赔付"));

    assertThat(claim).hasPassed("sendReconsiderationResult", "sendApprovalNotice");
    executeJob(claim, "payClaimOnline");
    executeJob(claim, "archiveClaim");
    // After the one dispute the claim is archived without waiting for another.
    assertThat(claim).hasPassedInOrder("panelReconsideration", "payClaimOnline", "disputeAllowedGateway", "closingJoin",
        "claimArchived").isEnded();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(claim.getId())
        .activityId("awaitDisputeGateway").count()).isOne();
    assertThat(payments.paid(claimNumber)).singleElement()
        .satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("8000"));
  }

  @Test
  void theFirstReviewerCannotDoTheSecondReview() {
    // demo (an administrator) may work any task, so only the separation-of-duties rule can stop them.
    ProcessInstance claim = submit(ClaimFixtures.medicalClaimWithAllDocuments());
    firstReview(claim, "demo", "COVERED", 12000, false, "同意");
    Task second = taskService.createTaskQuery().processInstanceId(claim.getId()).taskDefinitionKey("secondReview")
        .singleResult();

    assertThatThrownBy(() -> taskService.claim(second.getId(), "demo")).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("初审与复审不得为同一人");
    // Completing without claiming, as demo through the REST API, is refused as well.
    processEngine.getIdentityService().setAuthentication("demo", List.of("camunda-admin"));
    try {
      assertThatThrownBy(() -> taskService.complete(second.getId(), Map.of("secondReviewAgrees", true,
          "approvedAmount", 12000))).hasMessageContaining("初审与复审不得为同一人");
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
    assertThat(claim).isWaitingAt("secondReview");
  }

  // --- steps -------------------------------------------------------------------------------------

  private ProcessInstance submit(ClaimSubmission submission) {
    ClaimService.Submitted submitted = claimService.submit(submission, null, "channel");
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(submitted.claim().claimNumber())
        .singleResult();
  }

  private ProcessInstance approvedClaim(ClaimSubmission submission, double amount) {
    ProcessInstance claim = submit(submission);
    firstReview(claim, "zhangwei", "COVERED", amount, false, "属于保险责任");
    secondReview(claim, "wangfang", true, amount);
    return claim;
  }

  private void firstReview(ProcessInstance claim, String user, String liability, double amount, boolean fraud,
      String comment) {
    Task task = claimTask(claim, "firstReview", user);
    taskService.complete(task.getId(), Map.of("liability", liability, "assessedAmount", amount, "fraudSuspected",
        fraud, "reviewComment", comment));
  }

  private void secondReview(ProcessInstance claim, String user, boolean agrees, double amount) {
    Task task = claimTask(claim, "secondReview", user);
    taskService.complete(task.getId(), Map.of("secondReviewAgrees", agrees, "approvedAmount", amount,
        "reviewComment", agrees ? "同意初审" : "金额偏高"));
  }

  private void panelReview(ProcessInstance claim, String user, String decision, double amount, String opinion) {
    Task task = claimTask(claim, "panelReview", user);
    taskService.complete(task.getId(), Map.of("panelDecision", decision, "approvedAmount", amount, "panelOpinion",
        opinion));
  }

  private Task claimTask(ProcessInstance claim, String taskKey, String user) {
    Task task = taskService.createTaskQuery().processInstanceId(claim.getId()).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as("task " + taskKey).isNotNull();
    taskService.claim(task.getId(), user);
    return task;
  }

  private void upload(String claimNumber, String... types) {
    for (String type : types) {
      claimService.addDocument(claimNumber, type, type.toLowerCase() + ".pdf", ClaimFixtures.pdfBytes(type));
    }
  }

  private void closeDisputeWindowAndArchive(ProcessInstance claim) {
    advance(Duration.ofDays(31));
    executeTimer(claim, "disputeWindowClosed");
    executeJob(claim, "archiveClaim");
  }

  private Job job(ProcessInstance claim, String activityId) {
    Job job = managementService.createJobQuery().processInstanceId(claim.getId()).activityId(activityId)
        .singleResult();
    assertThat(job).as("job at " + activityId).isNotNull();
    return job;
  }

  private void executeJob(ProcessInstance claim, String activityId) {
    managementService.executeJob(job(claim, activityId).getId());
  }

  private void executeTimer(ProcessInstance claim, String timerId) {
    executeJob(claim, timerId);
  }

  private static void advance(Duration duration) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
  }

  /** The Camunda Form Tasklist shows for the claim's current task, as deployed with the process. */
  private String deployedFormOf(ProcessInstance claim) {
    Task task = taskService.createTaskQuery().processInstanceId(claim.getId()).singleResult();
    try (var form = processEngine.getFormService().getDeployedTaskForm(task.getId())) {
      return new String(form.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Claim record(ProcessInstance claim) {
    return claims.find(claim.getBusinessKey()).orElseThrow();
  }
}
