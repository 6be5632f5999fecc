package cn.insure.claims.claim.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.claim.ClaimFixtures;
import cn.insure.claims.claim.ClaimService;
import cn.insure.claims.claim.ClaimSubmission;
import cn.insure.claims.support.Http;

/**
 * Claims outlive model versions: instances waiting at {@code firstReview} of the deployed
 * {@code claimHandling} move to a changed version 2 (a fraud investigation after the first review for
 * suspected fraud, {@code src/test/resources/migration/claim-handling.bpmn}) with the engine's
 * migration API, keep their task and variables, and then follow version 2.
 *
 * <p>Version 2 is deployed into the shared test engine under the same resource name, as Camunda
 * Modeler deploys it, and deleted again (cascade) after each test, so that version 1 is the latest
 * {@code claimHandling} again for every other test.
 */
@ClaimsSpringBootTest
class ClaimHandlingMigrationTest {

  private static final Path VERSION_2 = Path.of("src/test/resources/migration/claim-handling.bpmn");
  private static final Path FRAUD_FORM = Path.of("src/test/resources/migration/fraud-investigation.form");

  @Autowired ProcessEngine processEngine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired ClaimService claimService;
  @LocalServerPort int port;

  private ProcessDefinition v1;
  private String v2DeploymentId;

  @BeforeEach
  void setUp() {
    init(processEngine);
    ClockUtil.setCurrentTime(new Date());
    v1 = latestClaimHandling();
  }

  @AfterEach
  void undeployVersion2() {
    ClockUtil.reset();
    if (v2DeploymentId != null) {
      repositoryService.deleteDeployment(v2DeploymentId, true);
      v2DeploymentId = null;
    }
    assertThat(latestClaimHandling().getId()).as("claimHandling version 1 is the latest again").isEqualTo(v1.getId());
  }

  @Test
  void claimsWaitingAtFirstReviewMoveToVersion2WithTheirTaskAndVariablesAndFollowIt() {
    ProcessInstance suspicious = submit(ClaimFixtures.medicalClaimWithAllDocuments());
    ProcessInstance ordinary = submit(ClaimFixtures.medicalClaimWithAllDocuments());
    assertThat(suspicious).isWaitingAt("firstReview");
    assertThat(ordinary).isWaitingAt("firstReview");
    Map<String, Object> variablesBefore = runtimeService.getVariables(suspicious.getId());
    Task taskBefore = firstReviewTask(suspicious);

    ProcessDefinition v2 = deployVersion2();
    assertThat(v2.getKey()).isEqualTo("claimHandling");
    assertThat(v2.getVersion()).isEqualTo(v1.getVersion() + 1);
    assertThat(v2.getResourceName()).isEqualTo(v1.getResourceName());
    assertThat(v2.getVersionTag()).isEqualTo("2.0");
    assertThat(processDefinitionOf(suspicious)).as("not migrated yet").isEqualTo(v1.getId());

    MigrationPlan plan = runtimeService.createMigrationPlan(v1.getId(), v2.getId())
        .mapEqualActivities()
        .updateEventTriggers()
        .build();
    assertThat(plan.getInstructions()).extracting(MigrationInstruction::getSourceActivityId)
        .contains("firstReview", "reviewStage", "determinationWarning", "determinationDue");
    runtimeService.newMigration(plan).processInstanceIds(suspicious.getId(), ordinary.getId()).execute();

    for (ProcessInstance claim : List.of(suspicious, ordinary)) {
      assertThat(processDefinitionOf(claim)).isEqualTo(v2.getId());
      assertThat(claim).isWaitingAt("firstReview");
      assertThat(firstReviewTask(claim).getProcessDefinitionId()).isEqualTo(v2.getId());
    }
    Task taskAfter = firstReviewTask(suspicious);
    assertThat(taskAfter.getId()).as("the same task, with its due date and candidate group").isEqualTo(taskBefore.getId());
    assertThat(taskAfter.getDueDate()).isEqualTo(taskBefore.getDueDate());
    assertThat(suspicious).task().hasCandidateGroup("claims-specialists");
    assertThat(runtimeService.getVariables(suspicious.getId())).isEqualTo(variablesBefore);

    // Version 2's change: suspected fraud goes to the new fraud investigation first.
    firstReview(suspicious, true);
    assertThat(suspicious).isWaitingAt("fraudInvestigation");
    assertThat(suspicious).task().hasCandidateGroup("claims-managers");
    Task investigation = taskService.createTaskQuery().processInstanceId(suspicious.getId()).singleResult();
    taskService.complete(investigation.getId(), Map.of("fraudFindings", "就诊记录与发票一致，未发现欺诈"));
    assertThat(suspicious).hasPassedInOrder("firstReview", "fraudInvestigation", "routeAfterFirstReview");
    assertThat(suspicious).isNotEnded();

    // No suspicion: version 2 passes its fraud check gateway straight on, and the claim completes.
    firstReview(ordinary, false);
    assertThat(ordinary).hasPassed("fraudCheckGateway", "fraudCheckJoin").hasNotPassed("fraudInvestigation");
    assertThat(ordinary).isWaitingAt("secondReview");
    Task secondReview = taskService.createTaskQuery().processInstanceId(ordinary.getId()).singleResult();
    taskService.claim(secondReview.getId(), "wangfang");
    taskService.complete(secondReview.getId(), Map.of("secondReviewAgrees", true, "approvedAmount", 12000,
        "reviewComment", "同意初审"));
    executeJob(ordinary, "payClaimOnline");
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(31).toMillis()));
    executeJob(ordinary, "disputeWindowClosed");
    executeJob(ordinary, "archiveClaim");
    assertThat(ordinary).hasPassed("claimArchived").isEnded();
  }

  @Test
  void aPlanThatLeavesAWaitingActivityUnmappedIsRefusedBeforeAnyInstanceMoves() {
    ProcessInstance claim = submit(ClaimFixtures.medicalClaimWithAllDocuments());
    ProcessDefinition v2 = deployVersion2();

    MigrationPlan withoutFirstReview = runtimeService.createMigrationPlan(v1.getId(), v2.getId())
        .mapActivities("reviewStage", "reviewStage")
        .build();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtimeService.newMigration(withoutFirstReview)
            .processInstanceIds(claim.getId()).execute())
        .hasMessageContaining("firstReview");
    assertThat(processDefinitionOf(claim)).isEqualTo(v1.getId());
    assertThat(claim).isWaitingAt("firstReview");
  }

  @Test
  void anAnalystPreparesThePlanAndAClaimsManagerMigratesThroughTheEngineRestApi() throws Exception {
    ProcessInstance claim = submit(ClaimFixtures.medicalClaimWithAllDocuments());
    ProcessDefinition v2 = deployVersion2();
    Http http = new Http(port);
    ObjectMapper json = new ObjectMapper();
    String analyst = Http.basic("huangwei", "huangwei");

    var generated = http.postJson("/engine-rest/migration/generate", """
        {"sourceProcessDefinitionId": "%s", "targetProcessDefinitionId": "%s", "updateEventTriggers": true}"""
        .formatted(v1.getId(), v2.getId()), "Authorization", analyst);
    assertThat(generated.statusCode()).as(generated.body()).isEqualTo(200);
    JsonNode plan = json.readTree(generated.body());
    assertThat(plan.path("instructions").toString()).contains("\"firstReview\"");
    // This test's claim only: the shared test engine may hold other tests' claims at firstReview.
    String execute = """
        {"migrationPlan": %s,
         "processInstanceQuery": {"processDefinitionId": "%s", "activityIdIn": ["firstReview"], "businessKey": "%s"}}"""
        .formatted(plan, v1.getId(), claim.getBusinessKey());

    var validated = http.postJson("/engine-rest/migration/validate", plan.toString(), "Authorization", analyst);
    assertThat(validated.statusCode()).as(validated.body()).isEqualTo(200);
    assertThat(json.readTree(validated.body()).path("instructionReports")).isEmpty();

    for (String notAllowed : List.of("huangwei", "zhangwei")) {
      var refused = http.postJson("/engine-rest/migration/execute", """
          {"migrationPlan": %s, "processInstanceIds": ["%s"]}""".formatted(plan, claim.getId()), "Authorization",
          Http.basic(notAllowed, notAllowed));
      assertThat(refused.statusCode()).as(notAllowed + ": " + refused.body()).isEqualTo(403);
    }
    assertThat(processDefinitionOf(claim)).isEqualTo(v1.getId());

    var executed = http.postJson("/engine-rest/migration/execute", execute, "Authorization",
        Http.basic("chenjie", "chenjie"));
    assertThat(executed.statusCode()).as(executed.body()).isEqualTo(204);
    assertThat(processDefinitionOf(claim)).isEqualTo(v2.getId());
    assertThat(claim).isWaitingAt("firstReview");
  }

  /**
   * Deploys version 2 the way Camunda Modeler does: the model under the resource name of version 1,
   * with the decisions and forms it references ({@code deployment} binding).
   */
  private ProcessDefinition deployVersion2() {
    DeploymentBuilder deployment = repositoryService.createDeployment()
        .name("claimHandling 2.0 (migration test)")
        .addInputStream(v1.getResourceName(), read(VERSION_2))
        .addInputStream("fraud-investigation.form", read(FRAUD_FORM));
    for (String resource : repositoryService.getDeploymentResourceNames(v1.getDeploymentId())) {
      if (resource.endsWith(".dmn") || resource.endsWith(".form")) {
        deployment.addInputStream(resource, repositoryService.getResourceAsStream(v1.getDeploymentId(), resource));
      }
    }
    v2DeploymentId = deployment.deploy().getId();
    return repositoryService.createProcessDefinitionQuery().deploymentId(v2DeploymentId)
        .processDefinitionKey("claimHandling").singleResult();
  }

  private ProcessDefinition latestClaimHandling() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey("claimHandling").latestVersion()
        .singleResult();
  }

  private ProcessInstance submit(ClaimSubmission submission) {
    ClaimService.Submitted submitted = claimService.submit(submission, null, "channel");
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(submitted.claim().claimNumber())
        .singleResult();
  }

  private String processDefinitionOf(ProcessInstance claim) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(claim.getId()).singleResult()
        .getProcessDefinitionId();
  }

  private Task firstReviewTask(ProcessInstance claim) {
    return taskService.createTaskQuery().processInstanceId(claim.getId()).taskDefinitionKey("firstReview")
        .singleResult();
  }

  private void firstReview(ProcessInstance claim, boolean fraudSuspected) {
    Task task = firstReviewTask(claim);
    taskService.claim(task.getId(), "zhangwei");
    taskService.complete(task.getId(), Map.of("liability", "COVERED", "assessedAmount", 12000, "fraudSuspected",
        fraudSuspected, "reviewComment", fraudSuspected ? "发票疑似涂改，转反欺诈调查" : "属于保险责任"));
  }

  private void executeJob(ProcessInstance claim, String activityId) {
    var job = managementService.createJobQuery().processInstanceId(claim.getId()).activityId(activityId)
        .singleResult();
    assertThat(job).as("job at " + activityId).isNotNull();
    managementService.executeJob(job.getId());
  }

  private static InputStream read(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
