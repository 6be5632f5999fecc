package cn.insure.claims.system.cluster;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.stereotype.Component;

/**
 * Starts the application's processes on a version this node's code knows. {@code startProcessInstanceByKey}
 * takes the latest version in the database: during a rolling upgrade that is the model a newer node just
 * deployed, and this (older) node would run its first steps — synchronously, in the request — with code
 * that may not have its delegates. So a start takes the latest version among the deployments this node
 * registered for its deployment-aware job executor ({@link DeploymentRegistrar}: its own and every earlier
 * auto-deployment, and Modeler/REST deployments); a newer node's auto-deployment is left to newer nodes.
 * With no deployment registered (a job executor that is not deployment-aware), the latest version is
 * taken, as the engine would.
 */
@Component
public class ProcessStarts {

  private record Pinned(Set<String> registered, String definitionId) {
  }

  private final RuntimeService runtimeService;
  private final RepositoryService repository;
  private final SpringProcessEngineConfiguration configuration;
  private final Map<String, Pinned> pinned = new ConcurrentHashMap<>();

  ProcessStarts(RuntimeService runtimeService, RepositoryService repository,
      SpringProcessEngineConfiguration configuration) {
    this.runtimeService = runtimeService;
    this.repository = repository;
    this.configuration = configuration;
  }

  public ProcessInstance start(String processKey, String businessKey, Map<String, Object> variables) {
    return runtimeService.startProcessInstanceById(definitionId(processKey), businessKey, variables);
  }

  /** The latest version of the process among the deployments this node knows. */
  public String definitionId(String processKey) {
    Set<String> registered;
    Set<String> live = configuration.getRegisteredDeployments();
    synchronized (live) {
      registered = Set.copyOf(live);
    }
    Pinned known = pinned.get(processKey);
    if (known != null && known.registered().equals(registered)) {
      return known.definitionId();
    }
    List<ProcessDefinition> versions = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .withoutTenantId().orderByProcessDefinitionVersion().desc().list();
    if (versions.isEmpty()) {
      throw new IllegalStateException("No process " + processKey + " is deployed");
    }
    ProcessDefinition version = versions.stream().filter(v -> registered.contains(v.getDeploymentId())).findFirst()
        .orElse(registered.isEmpty() ? versions.get(0) : null);
    if (version == null) {
      throw new IllegalStateException("No version of " + processKey + " is in a deployment this node knows "
          + "(deployed by a newer node only?); start it on a node of that release");
    }
    pinned.put(processKey, new Pinned(registered, version.getId()));
    return version.getId();
  }
}
