package cn.insure.claims.system.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.insure.claims.ClaimsSpringBootTest;

/**
 * Rolling upgrade: while a newer node has deployed a new version of a process, this node keeps
 * starting the version its own code knows — the engine's "latest version" would have it run the
 * newer model's first steps with code that may lack their delegates. Once this node knows the new
 * deployment (registered, e.g. after its own upgrade), it starts that one.
 */
@ClaimsSpringBootTest
class ProcessStartsTest {

  static final String PROBE = "processStartsProbe";

  @Autowired ProcessStarts starts;
  @Autowired RepositoryService repository;
  @Autowired ManagementService management;

  @Test
  void aNodeStartsTheNewestVersionItKnowsNotANewerNodesVersion() {
    Deployment known = deploy("known");
    Deployment newerNode = deploy("newer");
    // What a newer node deployed is not registered here (DeploymentRegistrar never registers it).
    management.unregisterDeploymentForJobExecutor(newerNode.getId());
    try {
      ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(PROBE)
          .latestVersion().singleResult();
      assertThat(latest.getDeploymentId()).as("the engine's latest version").isEqualTo(newerNode.getId());

      ProcessInstance started = starts.start(PROBE, "probe-1", Map.of());

      assertThat(definitionOf(started).getDeploymentId()).isEqualTo(known.getId());

      management.registerDeploymentForJobExecutor(newerNode.getId());

      assertThat(definitionOf(starts.start(PROBE, "probe-2", Map.of())).getDeploymentId())
          .as("once the node knows the newer deployment").isEqualTo(newerNode.getId());
    } finally {
      management.unregisterDeploymentForJobExecutor(newerNode.getId());
      management.unregisterDeploymentForJobExecutor(known.getId());
      repository.deleteDeployment(newerNode.getId(), true);
      repository.deleteDeployment(known.getId(), true);
    }
  }

  private ProcessDefinition definitionOf(ProcessInstance instance) {
    return repository.getProcessDefinition(instance.getProcessDefinitionId());
  }

  private Deployment deploy(String name) {
    Deployment deployment = repository.createDeployment().name("process-starts-" + name)
        .addModelInstance(PROBE + ".bpmn", Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLive(1)
            .startEvent().userTask("wait").endEvent().done())
        .deploy();
    // As DeploymentRegistrar does for every deployment this node's code may run.
    management.registerDeploymentForJobExecutor(deployment.getId());
    return deployment;
  }
}
