package cn.insure.claims.system.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.claim.ClaimFixtures;
import cn.insure.claims.claim.ClaimService;

/**
 * A process analyst deploys models but can neither delete what runs on them nor make a model do
 * what the analyst may not: expressions see process variables and the application's model beans
 * only, and models carry no Java classes or scripts.
 */
@ClaimsSpringBootTest
class AnalystsChangeModelsButCannotDestroyOrEscalateTest {

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired ClaimService claimService;

  @Test
  void anAnalystCannotDeleteTheClaimsDeploymentWithItsRunningClaims() {
    String claimNumber = claimService.submit(ClaimFixtures.medicalClaimWithAllDocuments(), null, "channel").claim()
        .claimNumber();
    ProcessInstance claim = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(claimNumber)
        .singleResult();
    String deploymentId = repositoryService.getProcessDefinition(claim.getProcessDefinitionId()).getDeploymentId();
    HostileClient huangwei = HostileClient.as(port, HostileClient.Path.ENGINE_REST, "huangwei");

    HttpResponse<String> cascade = huangwei.delete("/deployment/" + deploymentId + "?cascade=true");
    HttpResponse<String> plain = huangwei.delete("/deployment/" + deploymentId);

    assertThat(cascade.statusCode()).isEqualTo(403);
    assertThat(cascade.body()).contains("Only administrators");
    assertThat(plain.statusCode()).isEqualTo(403);
    assertThat(plain.body()).contains("running instances");
    assertThat(repositoryService.createDeploymentQuery().deploymentId(deploymentId).count()).isOne();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(claim.getId()).count()).isOne();
  }

  @Test
  void aTimerThatReachesTheIdentityServiceDoesNotDeployAndGrantsNothing() {
    HttpResponse<String> response = deploy("huangwei", "escalation", """
        <bpmn:startEvent id="every10Seconds"><bpmn:timerEventDefinition id="every10SecondsTimer">
          <bpmn:timeCycle>${identityService.createMembership('huangwei', 'camunda-admin')}</bpmn:timeCycle>
        </bpmn:timerEventDefinition></bpmn:startEvent>""");

    assertThat(response.statusCode()).isBetween(400, 499);
    assertThat(identityService.createGroupQuery().groupMember("huangwei").groupId("camunda-admin").count()).isZero();
  }

  @Test
  void anExpressionThatClimbsFromTheExecutionToTheEngineFailsAsAnIncidentAndGrantsNothing() {
    HttpResponse<String> response = deploy("huangwei", "climb", """
        <bpmn:startEvent id="started"/>
        <bpmn:sequenceFlow id="toClimb" sourceRef="started" targetRef="climbToEngine"/>
        <bpmn:serviceTask id="climbToEngine" camunda:asyncBefore="true"
            camunda:expression="${execution.processEngineServices.identityService.createMembership('huangwei', 'camunda-admin')}"/>""");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);

    ProcessInstance instance = runtimeService.startProcessInstanceByKey("climb");
    Job job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
    assertThatThrownBy(() -> managementService.executeJob(job.getId()))
        .hasMessageContaining("may not reach 'processEngineServices'");
    assertThat(identityService.createGroupQuery().groupMember("huangwei").groupId("camunda-admin").count()).isZero();
  }

  @Test
  void aBeanThatIsNotAModelBeanIsInvisibleToExpressions() {
    deploy("huangwei", "reachBean", """
        <bpmn:startEvent id="started"/>
        <bpmn:sequenceFlow id="toReach" sourceRef="started" targetRef="reach"/>
        <bpmn:serviceTask id="reach" camunda:expression="${claimRepository.find('CLM-20261203-000001')}"/>""");

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("reachBean"))
        .hasMessageContaining("claimRepository");
  }

  @Test
  void aModelWithAJavaClassOrAScriptIsNotDeployed() {
    HttpResponse<String> javaClass = deploy("huangwei", "javaClass", """
        <bpmn:startEvent id="started"/>
        <bpmn:sequenceFlow id="toRun" sourceRef="started" targetRef="run"/>
        <bpmn:serviceTask id="run" camunda:class="org.camunda.bpm.engine.impl.bpmn.behavior.NoneStartEventActivityBehavior"/>""");
    HttpResponse<String> script = deploy("huangwei", "script", """
        <bpmn:startEvent id="started"/>
        <bpmn:sequenceFlow id="toRun" sourceRef="started" targetRef="run"/>
        <bpmn:scriptTask id="run" scriptFormat="groovy"><bpmn:script>System.exit(0)</bpmn:script></bpmn:scriptTask>""");

    assertThat(javaClass.statusCode()).isEqualTo(400);
    assertThat(javaClass.body()).contains("camunda:class");
    assertThat(script.statusCode()).isEqualTo(400);
    assertThat(script.body()).contains("script");
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKeyIn("javaClass", "script").count())
        .isZero();
  }

  private HttpResponse<String> deploy(String user, String key, String elements) {
    String boundary = "----claims" + System.nanoTime();
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="%sDefinitions" targetNamespace="http://insure.cn/test">
          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
            %s
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(key, key, elements);
    String body = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + key + "\r\n"
        + "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"data\"; filename=\"" + key + ".bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n"
        + "--" + boundary + "--\r\n";
    HostileClient analyst = HostileClient.as(port, HostileClient.Path.ENGINE_REST, user);
    return analyst.send(HttpRequest.newBuilder(URI.create(analyst.base() + "/deployment/create"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }
}
