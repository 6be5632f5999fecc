package cn.insure.claims.consultation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.beans.factory.annotation.Autowired;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.claim.Claim;
import cn.insure.claims.claim.ClaimService;
import cn.insure.claims.complaint.Complaint;
import cn.insure.claims.complaint.ComplaintService;
import cn.insure.claims.consultation.Consultation;
import cn.insure.claims.consultation.ConsultationFixtures;
import cn.insure.claims.consultation.ConsultationService;
import cn.insure.claims.consultation.ConsultationStatus;
import cn.insure.claims.consultation.ConsultationSubmission;
import cn.insure.claims.notification.NotificationOutbox;

/** One test per path through {@code consultation-handling.bpmn}. */
@ClaimsSpringBootTest
class ConsultationHandlingProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired ConsultationService consultations;
  @Autowired ClaimService claimService;
  @Autowired ComplaintService complaintService;
  @Autowired NotificationOutbox outbox;
  @Autowired EscalateConsultationDelegate escalation;

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
  void customerServiceAnswersAQuestionAndTheAnswerReachesTheCustomerBySms() {
    ProcessInstance consultation = submit(ConsultationFixtures.coverageQuestion());
    assertThat(consultation).isWaitingAt("answerConsultation");
    assertThat(consultation).task().hasCandidateGroup("customer-service");
    Task task = task(consultation, "answerConsultation");
    assertThat(task.getDueDate()).isEqualTo(Date.from(record(consultation).firstResponseDue()));
    assertThat((String) runtimeService.getVariable(consultation.getId(), "firstResponseDueText"))
        .startsWith(record(consultation).firstResponseDue().atZone(java.time.ZoneId.of("Asia/Shanghai"))
            .toLocalDate().toString()).endsWith("（北京时间 China time）");

    complete(consultation, "answerConsultation", "gaojing", Map.of("resolution", "ANSWERED",
        "answer", "您的医疗险涵盖日间手术，按住院责任赔付，请保留手术记录和发票。"));
    execute(consultation, "sendConsultationAnswer");

    assertThat(consultation).hasPassedInOrder("answerConsultation", "sendConsultationAnswer")
        .hasPassed("consultationAnswered").isEnded();
    Consultation answered = record(consultation);
    assertThat(answered.status()).isEqualTo(ConsultationStatus.ANSWERED);
    assertThat(answered.answeredBy()).isEqualTo("gaojing");
    assertThat(answered.firstRespondedBy()).isEqualTo("gaojing");
    assertThat(answered.firstRespondedAt()).isNotNull();
    assertThat(answered.firstResponseBreached()).isFalse();
    assertThat(outbox.entries(answered.consultationNumber())).singleElement().satisfies(sms -> {
      assertThat(sms.kind()).isEqualTo("CONSULTATION_ANSWER");
      assertThat(sms.channel()).isEqualTo(NotificationOutbox.Channel.SMS);
      assertThat(sms.subject()).contains(answered.consultationNumber());
      assertThat(sms.recipient()).isEqualTo("138****8000");
    });
  }

  @Test
  void aComplexQuestionIsHandedToAnAdvisorWhoseAnswerIsSent() {
    ProcessInstance consultation = submit(ConsultationFixtures.coverageQuestion());
    complete(consultation, "answerConsultation", "gaojing", Map.of("resolution", "ADVISOR",
        "answer", "客户想了解日间手术与门诊手术责任的区别"));

    assertThat(consultation).isWaitingAt("answerAdvisorConsultation");
    assertThat(consultation).task().hasCandidateGroup("insurance-advisors");
    assertThat(record(consultation).status()).isEqualTo(ConsultationStatus.WITH_ADVISOR);
    Task advisorTask = task(consultation, "answerAdvisorConsultation");
    taskService.claim(advisorTask.getId(), "majun");
    assertThatThrownBy(() -> taskService.complete(advisorTask.getId(), Map.of()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("advisorAnswer");

    taskService.complete(advisorTask.getId(), Map.of("advisorAnswer",
        "日间手术按住院医疗责任赔付；门诊手术按门诊责任，须在门诊限额内。"));
    execute(consultation, "sendConsultationAnswer");

    assertThat(consultation).hasPassed("answerAdvisorConsultation", "consultationAnswered").isEnded();
    Consultation answered = record(consultation);
    assertThat(answered.handedToAdvisor()).isTrue();
    assertThat(answered.firstRespondedBy()).isEqualTo("gaojing");
    assertThat(answered.answeredBy()).isEqualTo("majun");
    assertThat(answered.answer()).contains("门诊限额");
  }

  @Test
  void aLossReportBecomesAClaimWithTheCustomersDataAndTheListOfDocumentsToProvide() {
    ProcessInstance consultation = submit(ConsultationFixtures.lossReportByPhone());
    Map<String, Object> loss = lossReport();
    loss.remove("claimantIdNumber");
    Task task = task(consultation, "answerConsultation");
    taskService.claim(task.getId(), "gaojing");
    assertThatThrownBy(() -> taskService.complete(task.getId(), loss)).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("idNumber");

    taskService.complete(task.getId(), lossReport());
    execute(consultation, "openClaimFromConsultation");

    assertThat(consultation).hasPassed("consultationTurnedIntoClaim").isEnded();
    Consultation taken = record(consultation);
    assertThat(taken.status()).isEqualTo(ConsultationStatus.TURNED_INTO_CLAIM);
    assertThat(taken.linkedClaimNumber()).matches("CLM-\\d{8}-\\d{6}");
    Claim claim = claimService.require(taken.linkedClaimNumber());
    assertThat(claim.claimantName()).isEqualTo("王小明");
    assertThat(claim.claimantPhone()).isEqualTo("13800138000");
    assertThat(claim.claimantIdNumber()).isEqualTo("110101199003078888");
    assertThat(claim.productLine()).isEqualTo("MEDICAL");
    assertThat(claim.missingDocuments()).contains("MEDICAL_INVOICE");
    assertThat(outbox.entries(claim.claimNumber())).extracting(NotificationOutbox.Entry::kind)
        .contains("MISSING_DOCUMENTS");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(consultation.getId())
        .variableName("claimantIdNumber").list()).extracting(HistoricVariableInstance::getValue)
        .allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain("110101199003078888"));
  }

  @Test
  void aComplaintInDisguiseBecomesAComplaintLinkedToTheConsultation() {
    ProcessInstance consultation = submit(ConsultationFixtures.angryQuestion());
    complete(consultation, "answerConsultation", "gaojing", Map.of("resolution", "COMPLAINT",
        "answer", "客户要求正式投诉客服接通率"));
    execute(consultation, "openComplaintFromConsultation");

    assertThat(consultation).hasPassed("consultationTurnedIntoComplaint").isEnded();
    Consultation taken = record(consultation);
    assertThat(taken.status()).isEqualTo(ConsultationStatus.TURNED_INTO_COMPLAINT);
    Complaint complaint = complaintService.require(taken.linkedComplaintNumber());
    assertThat(complaint.complainantName()).isEqualTo("李雷");
    assertThat(complaint.complainantPhone()).isEqualTo("13900139000");
    assertThat(complaint.subject()).contains(taken.consultationNumber());
    assertThat(complaint.channel()).isEqualTo("ONLINE");
  }

  @Test
  void aMissedFirstResponseIsRecordedAndEscalatedToTheSupervisors() {
    ProcessInstance consultation = submit(ConsultationFixtures.coverageQuestion());
    advance(Duration.ofDays(4));
    Job clock = managementService.createJobQuery().processInstanceId(consultation.getId())
        .activityId("firstResponseMissed").singleResult();
    managementService.executeJob(clock.getId());

    assertThat(consultation).hasPassed("escalateConsultation", "firstResponseEscalated")
        .isWaitingAt("answerConsultation");
    assertThat(record(consultation).firstResponseBreached()).isTrue();
    Task task = task(consultation, "answerConsultation");
    assertThat(task.getPriority()).isEqualTo(100);
    assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
        .contains("customer-service", "complaints-supervisors");

    complete(consultation, "answerConsultation", "sunli", Map.of("resolution", "ANSWERED",
        "answer", "抱歉久等，您的医疗险涵盖日间手术。"));
    execute(consultation, "sendConsultationAnswer");
    assertThat(consultation).isEnded();
    assertThat(record(consultation).firstRespondedBy()).isEqualTo("sunli");
  }

  @Test
  void theEscalationGroupOfAMissedFirstResponseIsASetting() {
    // claims.consultation.escalation-group, here as another insurer sets it: its customer-service leads.
    Object before = ReflectionTestUtils.getField(escalation, "escalationGroup");
    ReflectionTestUtils.setField(escalation, "escalationGroup", "customer-service-leads");
    try {
      ProcessInstance consultation = submit(ConsultationFixtures.coverageQuestion());
      advance(Duration.ofDays(4));
      managementService.executeJob(managementService.createJobQuery().processInstanceId(consultation.getId())
          .activityId("firstResponseMissed").singleResult().getId());

      assertThat(taskService.getIdentityLinksForTask(task(consultation, "answerConsultation").getId()))
          .extracting(IdentityLink::getGroupId).contains("customer-service", "customer-service-leads")
          .doesNotContain("complaints-supervisors");
    } finally {
      ReflectionTestUtils.setField(escalation, "escalationGroup", before);
    }
  }

  @Test
  void anAnswerWithoutAResolutionOrTextIsRefusedNamingTheField() {
    ProcessInstance consultation = submit(ConsultationFixtures.coverageQuestion());
    Task task = task(consultation, "answerConsultation");
    taskService.claim(task.getId(), "gaojing");

    assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("answer", "可以")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("resolution");
    assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("resolution", "ANSWERED")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("answer");
    assertThat(consultation).isWaitingAt("answerConsultation");
    assertThat(record(consultation).firstRespondedAt()).isNull();
  }

  @Test
  void customerServiceRecordsAPhoneConsultationInTasklistWithoutKeepingThePhoneNumberInTheProcess() {
    Map<String, Object> form = new HashMap<>();
    form.put("channel", "PHONE");
    form.put("customerName", "张丽");
    form.put("customerPhone", "13712345678");
    form.put("policyNumber", "p-med-2026-000001");
    form.put("topic", "PRODUCT");
    form.put("question", "请问少儿医疗险的等待期是多久？");
    ProcessInstance consultation = runtimeService.startProcessInstanceByKey(ConsultationHandlingProcess.KEY, form);

    assertThat(consultation).isWaitingAt("answerConsultation");
    String number = (String) runtimeService.getVariable(consultation.getId(), "consultationNumber");
    assertThat(number).matches("CON-\\d{8}-\\d{6}");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(consultation.getId()).singleResult()
        .getBusinessKey()).isEqualTo(number);
    Consultation recorded = consultations.require(number);
    assertThat(recorded.customerPhone()).isEqualTo("13712345678");
    assertThat(recorded.policyNumber()).isEqualTo("P-MED-2026-000001");
    assertThat(runtimeService.getVariables(consultation.getId())).doesNotContainKey("customerPhone")
        .allSatisfy((name, value) -> assertThat(String.valueOf(value)).doesNotContain("13712345678"));
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(consultation.getId()).list())
        .allSatisfy(v -> assertThat(String.valueOf(v.getValue())).doesNotContain("13712345678"));
  }

  @Test
  void aTasklistConsultationWithAnInvalidPhoneNumberIsRefusedAndLeavesNothing() {
    Map<String, Object> form = Map.of("channel", "COUNTER", "customerName", "张丽", "customerPhone", "12345",
        "topic", "PRODUCT", "question", "等待期多久？");
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(ConsultationHandlingProcess.KEY)
        .count();
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ConsultationHandlingProcess.KEY, form))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("customerPhone");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ConsultationHandlingProcess.KEY)
        .count()).isEqualTo(before);
  }

  // --- steps -------------------------------------------------------------------------------------

  private ProcessInstance submit(ConsultationSubmission submission) {
    String number = consultations.submit(submission, null, "channel").result().consultationNumber();
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ConsultationHandlingProcess.KEY)
        .processInstanceBusinessKey(number).singleResult();
  }

  private static Map<String, Object> lossReport() {
    Map<String, Object> loss = new HashMap<>();
    loss.put("resolution", "LOSS_REPORT");
    loss.put("answer", "客户电话报案，已告知需提供的资料");
    loss.put("claimantIdNumber", "110101199003078888");
    loss.put("claimType", "HOSPITALISATION");
    loss.put("peril", "ILLNESS");
    loss.put("lossDate", "2026-11-18");
    loss.put("lossPlace", "深圳市南山区人民医院");
    loss.put("lossRegionCode", "440305");
    loss.put("lossCause", "急性阑尾炎住院手术");
    loss.put("claimedAmount", 12000);
    return loss;
  }

  private void complete(ProcessInstance instance, String taskKey, String user, Map<String, Object> variables) {
    Task task = task(instance, taskKey);
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

  private Consultation record(ProcessInstance consultation) {
    return consultations.require(consultation.getBusinessKey());
  }

  private static void advance(Duration duration) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
  }
}
