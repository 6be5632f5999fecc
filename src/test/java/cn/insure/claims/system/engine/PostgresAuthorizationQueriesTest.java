package cn.insure.claims.system.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.insure.claims.ClaimsSpringBootTest;

/**
 * On PostgreSQL the engine counts tasks and reads the authorized groups with this application's SQL
 * ({@link PostgresAuthorizationQueries}). Whoever asks, whatever they filter on, the count is the one
 * the engine's own SQL gives on the same data: each case below is counted both ways. Grants come in
 * every form the task query honours: a candidate group's grant on its task, an assignee's grant, a
 * grant on a process definition ({@code READ_TASK}), a grant on every task ({@code *}), and none.
 * H2 keeps the engine's SQL: skipped there.
 */
@ClaimsSpringBootTest
class PostgresAuthorizationQueriesTest {

  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired AuthorizationService authorizationService;
  @Autowired IdentityService identityService;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String adjusters = "pgq-adjusters-" + run;
  private final String nurses = "pgq-nurses-" + run;
  private final String processKey = "pgqProcess" + run.replace("-", "");
  private final List<String> standaloneTasks = new ArrayList<>();
  private final List<String> grants = new ArrayList<>();
  private String deploymentId;

  @BeforeEach
  void offerTasksToTwoGroups() {
    assumeTrue("postgres".equals(configuration.getDatabaseType()), "the replacement statements are PostgreSQL's");
    // Three standalone tasks for the adjusters, two for the nurses, one for both, one assigned to a user.
    for (int i = 0; i < 3; i++) {
      standaloneTask(adjusters);
    }
    for (int i = 0; i < 2; i++) {
      standaloneTask(nurses);
    }
    String shared = standaloneTask(adjusters);
    taskService.addCandidateGroup(shared, nurses);
    String assigned = standaloneTask(null);
    taskService.setAssignee(assigned, "pgq-assignee-" + run);

    // A process whose four tasks are offered to the nurses; one user may read every task of it by key.
    deploymentId = repositoryService.createDeployment().name("pgq-" + run)
        .addModelInstance(processKey + ".bpmn", Bpmn.createExecutableProcess(processKey)
            .camundaHistoryTimeToLive(1).startEvent().userTask("review").camundaCandidateGroups(nurses)
            .endEvent().done())
        .deploy().getId();
    for (int i = 0; i < 4; i++) {
      runtimeService.startProcessInstanceByKey(processKey);
    }
    grant(auth -> {
      auth.setUserId("pgq-definition-reader-" + run);
      auth.setResource(Resources.PROCESS_DEFINITION);
      auth.setResourceId(processKey);
      auth.addPermission(Permissions.READ_TASK);
    });
    grant(auth -> {
      auth.setUserId("pgq-every-task-" + run);
      auth.setResource(Resources.TASK);
      auth.setResourceId("*");
      auth.addPermission(Permissions.READ);
    });
  }

  @AfterEach
  void removeThem() {
    identityService.clearAuthentication();
    grants.forEach(authorizationService::deleteAuthorization);
    if (deploymentId != null) {
      repositoryService.deleteDeployment(deploymentId, true, true);
    }
    standaloneTasks.forEach(id -> taskService.deleteTask(id, true));
  }

  @Test
  void theApplicationsCountIsTheEnginesCountForEveryKindOfGrant() {
    assertThat(configuration.getDbSqlSessionFactory().mapStatement("selectTaskCountByQueryCriteria"))
        .as("the replacement is in use").isEqualTo("claimsTaskCount");

    assertThat(countedBothWays("pgq-a-" + run, List.of(adjusters),
        () -> taskService.createTaskQuery().taskCandidateGroup(adjusters).count())).isEqualTo(4);
    assertThat(countedBothWays("pgq-a-" + run, List.of(adjusters),
        () -> taskService.createTaskQuery().taskCandidateGroup(nurses).count()))
        .as("an adjuster sees only the nurses' task that is offered to the adjusters too").isEqualTo(1);
    assertThat(countedBothWays("pgq-n-" + run, List.of(nurses),
        () -> taskService.createTaskQuery().taskCandidateGroup(nurses).count())).isEqualTo(7);
    assertThat(countedBothWays("pgq-n-" + run, List.of(nurses, adjusters),
        () -> taskService.createTaskQuery().taskCandidateGroupIn(List.of(nurses, adjusters)).count()))
        .as("a task offered to both groups is counted once").isEqualTo(10);
    assertThat(countedBothWays("pgq-n-" + run, List.of(nurses),
        () -> taskService.createTaskQuery().processDefinitionKey(processKey).count())).isEqualTo(4);
    assertThat(countedBothWays("pgq-definition-reader-" + run, List.of(),
        () -> taskService.createTaskQuery().processDefinitionKey(processKey).count()))
        .as("READ_TASK on the definition").isEqualTo(4);
    assertThat(countedBothWays("pgq-definition-reader-" + run, List.of(),
        () -> taskService.createTaskQuery().taskCandidateGroup(adjusters).count()))
        .as("READ_TASK on the definition reaches no standalone task").isZero();
    assertThat(countedBothWays("pgq-assignee-" + run, List.of(),
        () -> taskService.createTaskQuery().taskAssignee("pgq-assignee-" + run).count()))
        .as("the assignee's own grant").isEqualTo(1);
    assertThat(countedBothWays("pgq-every-task-" + run, List.of(),
        () -> taskService.createTaskQuery().taskCandidateGroupIn(List.of(nurses, adjusters)).count()))
        .as("a grant on every task").isEqualTo(10);
    assertThat(countedBothWays("pgq-nobody-" + run, List.of("pgq-no-such-group-" + run),
        () -> taskService.createTaskQuery().count())).isZero();
    assertThat(countedBothWays("pgq-a-" + run, List.of(adjusters),
        () -> taskService.createTaskQuery().or().taskCandidateGroup(nurses).taskAssignee("pgq-a-" + run).endOr()
            .count())).isEqualTo(1);
    countedBothWays("pgq-a-" + run, List.of(adjusters), () -> taskService.createTaskQuery().count());
    countedBothWays("pgq-n-" + run, List.of(nurses), () -> taskService.createTaskQuery().taskUnassigned()
        .orderByTaskPriority().desc().count());
  }

  @Test
  void whenARevokeExistsTheEnginesOwnCountRuns() {
    String revoke = authorizationService.saveAuthorization(revokeOf("pgq-a-" + run, standaloneTasks.get(0))).getId();
    grants.add(revoke);
    assertThat(countedBothWays("pgq-a-" + run, List.of(adjusters),
        () -> taskService.createTaskQuery().taskCandidateGroup(adjusters).count()))
        .as("the revoked task is not counted").isEqualTo(3);
  }

  @Test
  void theAuthorizedGroupsAreTheEnginesAuthorizedGroups() {
    Command<Set<String>> groups = context -> new HashSet<>(context.getDbEntityManager()
        .<String>selectList("selectAuthorizedGroupIds"));
    Set<String> ours = configuration.getCommandExecutorTxRequired().execute(groups);
    Set<String> engines = withTheEnginesStatements(() -> configuration.getCommandExecutorTxRequired().execute(groups));
    engines.remove(null);

    assertThat(ours).isEqualTo(engines).contains(adjusters, nurses);
  }

  private long countedBothWays(String user, List<String> groups, Supplier<Long> count) {
    identityService.setAuthentication(user, groups);
    try {
      long ours = count.get();
      long engines = withTheEnginesStatements(count);
      assertThat(ours).as("count for %s in %s", user, groups).isEqualTo(engines);
      return ours;
    } finally {
      identityService.clearAuthentication();
    }
  }

  private <T> T withTheEnginesStatements(Supplier<T> work) {
    DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
    Map<String, String> ours = sessions.getStatementMappings();
    Map<String, String> engines = new HashMap<>(ours);
    PostgresAuthorizationQueries.REPLACED.keySet().forEach(engines::remove);
    sessions.setStatementMappings(engines);
    try {
      return work.get();
    } finally {
      sessions.setStatementMappings(ours);
    }
  }

  private String standaloneTask(String candidateGroup) {
    Task task = taskService.newTask();
    task.setName("pgq " + run);
    taskService.saveTask(task);
    standaloneTasks.add(task.getId());
    if (candidateGroup != null) {
      taskService.addCandidateGroup(task.getId(), candidateGroup);
    }
    return task.getId();
  }

  private void grant(java.util.function.Consumer<Authorization> what) {
    Authorization auth = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    what.accept(auth);
    grants.add(Objects.requireNonNull(authorizationService.saveAuthorization(auth).getId()));
  }

  private Authorization revokeOf(String user, String taskId) {
    Authorization auth = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    auth.setUserId(user);
    auth.setResource(Resources.TASK);
    auth.setResourceId(taskId);
    auth.removePermission(Permissions.READ);
    return auth;
  }
}
