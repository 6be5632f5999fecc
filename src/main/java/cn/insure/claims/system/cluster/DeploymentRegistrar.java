package cn.insure.claims.system.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Tells this node's deployment-aware job executor which deployments it may execute jobs of
 * (the engine's {@code ManagementService#registerDeploymentForJobExecutor}), before the job executor starts:
 *
 * <ul>
 * <li>its own auto-deployment — the newest one whose resources are byte for byte the models and
 *     forms this node carries — and every earlier auto-deployment (older instances run on code that
 *     still understands them);
 * <li>never a later auto-deployment: that one came from a newer node during a rolling upgrade,
 *     whose models may call delegates this node does not have;
 * <li>every deployment not made by auto-deployment (Modeler, REST): it brings models only, using
 *     the delegates every node has.
 * </ul>
 *
 * With changed-only auto-deployment ({@code deployChangedOnly}) an unchanged node deploys nothing
 * and would otherwise know no deployment at all.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DeploymentRegistrar implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DeploymentRegistrar.class);

  private final SpringProcessEngineConfiguration configuration;
  private final RepositoryService repository;
  private final ManagementService management;
  private final NoBackwardDeploymentPlugin deployments;

  DeploymentRegistrar(SpringProcessEngineConfiguration configuration, RepositoryService repository,
      ManagementService management, NoBackwardDeploymentPlugin deployments) {
    this.configuration = configuration;
    this.deployments = deployments;
    this.repository = repository;
    this.management = management;
  }

  @Override
  public void run(ApplicationArguments args) {
    register();
  }

  /** Registers the deployments this node may execute with its deployment-aware job executor; returns their ids. */
  Set<String> register() {
    if (!configuration.isJobExecutorDeploymentAware()) {
      return Set.of();
    }
    Set<String> executable = executableDeployments();
    executable.forEach(management::registerDeploymentForJobExecutor);
    log.info("Job executor registered for {} deployments", executable.size());
    return executable;
  }

  /** The deployments whose jobs this node's code may execute (see the class comment). */
  Set<String> executableDeployments() {
    String autoName = configuration.getDeploymentName();
    Set<String> mine = deployments.ownResources();
    List<Deployment> deployments = repository.createDeploymentQuery().orderByDeploymentTime().asc().list();
    Date own = null;
    for (Deployment deployment : deployments) {
      if (Objects.equals(autoName, deployment.getName()) && mine.equals(deployedHashes(repository, deployment.getId()))) {
        own = deployment.getDeploymentTime();
      }
    }
    if (own == null && !mine.isEmpty()) {
      log.warn("No auto-deployment matches this node's models and forms: registering every deployment");
    }
    Set<String> registered = new HashSet<>();
    for (Deployment deployment : deployments) {
      boolean auto = Objects.equals(autoName, deployment.getName());
      if (!auto || own == null || !deployment.getDeploymentTime().after(own)) {
        registered.add(deployment.getId());
      } else {
        log.info("Deployment {} of {} is newer than this node's code: its jobs are left to newer nodes",
            deployment.getId(), deployment.getDeploymentTime());
      }
    }
    return registered;
  }

  static Set<String> deployedHashes(RepositoryService repository, String deploymentId) {
    Set<String> hashes = new HashSet<>();
    for (String name : repository.getDeploymentResourceNames(deploymentId)) {
      try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
        hashes.add(sha256(in.readAllBytes()));
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read deployed resource " + name, e);
      }
    }
    return hashes;
  }

  static Set<String> contentHashes(Resource[] resources) {
    Set<String> hashes = new HashSet<>();
    if (resources == null) {
      return hashes;
    }
    for (Resource resource : resources) {
      try (InputStream in = resource.getInputStream()) {
        hashes.add(sha256(in.readAllBytes()));
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read " + resource, e);
      }
    }
    return hashes;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
