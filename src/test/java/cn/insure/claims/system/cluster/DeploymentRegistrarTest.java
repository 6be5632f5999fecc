package cn.insure.claims.system.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.insure.claims.ClaimsSpringBootTest;

/**
 * Rolling upgrade: a node's deployment-aware job executor takes jobs of its own models and of every
 * older auto-deployment, and of models deployed from Modeler/REST, but never of an auto-deployment
 * made later by a node with newer code.
 */
@ClaimsSpringBootTest
class DeploymentRegistrarTest {

  @Autowired DeploymentRegistrar registrar;
  @Autowired RepositoryService repository;
  @Autowired SpringProcessEngineConfiguration configuration;

  @Test
  void aNodeRegistersItsOwnAndOlderDeploymentsAndModelerDeploymentsButNotANewerNodesDeployment() {
    Deployment own = repository.createDeploymentQuery().deploymentName(configuration.getDeploymentName())
        .orderByDeploymentTime().desc().list().get(0);
    Deployment newerNode = deployProbe(configuration.getDeploymentName(), "clusterProbeNewerNode");
    Deployment fromModeler = deployProbe("modeler-deployment", "clusterProbeModeler");
    try {
      Set<String> registered = registrar.executableDeployments();

      assertThat(registered).contains(own.getId(), fromModeler.getId()).doesNotContain(newerNode.getId());
    } finally {
      repository.deleteDeployment(newerNode.getId(), true);
      repository.deleteDeployment(fromModeler.getId(), true);
    }
  }

  private Deployment deployProbe(String deploymentName, String processId) {
    return repository.createDeployment().name(deploymentName)
        .addModelInstance(processId + ".bpmn", Bpmn.createExecutableProcess(processId).camundaHistoryTimeToLive(1)
            .startEvent().endEvent().done())
        .deploy();
  }
}
