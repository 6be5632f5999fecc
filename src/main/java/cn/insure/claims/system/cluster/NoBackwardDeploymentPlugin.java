package cn.insure.claims.system.cluster;

import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Auto-deployment with the engine's duplicate filtering deploys whenever this node's models differ
 * from the latest deployment. During a rolling upgrade that would let an old node, restarted after
 * a new one deployed, redeploy the old models as the latest version. This plugin runs after the
 * engine is built and before Spring's auto-deployment: if an auto-deployment with exactly this
 * node's models and forms exists already, the node deploys nothing.
 */
@Component
class NoBackwardDeploymentPlugin extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(NoBackwardDeploymentPlugin.class);

  private volatile Set<String> ownResources = Set.of();

  /** SHA-256 of each model and form this node carries (its auto-deployment resources). */
  Set<String> ownResources() {
    return ownResources;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    if (!(engine.getProcessEngineConfiguration() instanceof SpringProcessEngineConfiguration configuration)
        || configuration.getDeploymentResources() == null || configuration.getDeploymentResources().length == 0) {
      return;
    }
    Set<String> mine = DeploymentRegistrar.contentHashes(configuration.getDeploymentResources());
    ownResources = mine;
    RepositoryService repository = engine.getRepositoryService();
    for (Deployment deployment : repository.createDeploymentQuery().orderByDeploymentTime().desc().list()) {
      if (Objects.equals(configuration.getDeploymentName(), deployment.getName())
          && mine.equals(DeploymentRegistrar.deployedHashes(repository, deployment.getId()))) {
        log.info("This node's models and forms were deployed already ({} of {}): not deploying them again",
            deployment.getId(), deployment.getDeploymentTime());
        configuration.setDeploymentResources(new Resource[0]);
        return;
      }
    }
  }
}
