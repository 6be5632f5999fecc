package cn.insure.claims.system.guard;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every engine command a person sends (engine REST, Tasklist's and Cockpit's proxy, or our own code
 * acting with a person's engine authentication) passes here before it runs:
 * <ul>
 * <li>a task completion or form submission writes only the editable fields of the task's Camunda
 * Form, validated ({@link FormContract}); only the assignee completes an assigned task;</li>
 * <li>a process starts only through its start form, with that form's fields, and without a
 * business key (the case number is the system's);</li>
 * <li>tasks are claimed for oneself; assigning, delegating or rescheduling a task is for the
 * supervisors of the work ({@link Callers#supervises});</li>
 * <li>what a person never needs to do to a case — writing process variables, correlating messages,
 * signals, modifying or restarting instances, executing or rescheduling jobs, deleting deployments
 * or definitions with what runs on them — is for administrators only.</li>
 * </ul>
 * Commands without an authenticated user (the job executor, the application's own steps) and
 * commands nested in an outer command are not re-checked: the outer command was.
 *
 * <p>Over 250 lines because it is the one list of every engine command a person may send, each with
 * its rule; one place is what makes that list reviewable.
 */
final class PersonCommandGuard extends CommandInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(PersonCommandGuard.class);

  /** Commands that change a case outside its tasks: administrators only. */
  private static final Set<String> ADMINISTRATORS_ONLY = Set.of(
      "SetExecutionVariablesCmd", "RemoveExecutionVariablesCmd", "PatchExecutionVariablesCmd",
      "SetVariablesToProcessInstancesBatchCmd", "DeleteHistoricVariableInstanceCmd",
      "DeleteHistoricVariableInstancesByProcessInstanceIdCmd",
      "CorrelateMessageCmd", "CorrelateAllMessageCmd", "CorrelateAllMessageBatchCmd", "MessageEventReceivedCmd",
      "SignalEventReceivedCmd", "SignalCmd", "CorrelateStartMessageCmd",
      "ModifyProcessInstanceCmd", "ModifyProcessInstanceAsyncCmd", "ProcessInstanceModificationCmd",
      "ProcessInstanceModificationBatchCmd", "StartProcessInstanceAtActivitiesCmd", "RestartProcessInstancesCmd",
      "RestartProcessInstancesBatchCmd", "ExecuteJobsCmd", "SetJobDuedateCmd", "RecalculateJobDuedateCmd",
      "SetProcessDefinitionVersionCmd", "CompleteExternalTaskCmd", "HandleExternalTaskFailureCmd",
      "HandleExternalTaskBpmnErrorCmd", "DeleteTaskCmd",
      "UpdateProcessDefinitionHistoryTimeToLiveCmd", "UpdateDecisionDefinitionHistoryTimeToLiveCmd");

  /** Commands that give a task to someone or change its terms: supervisors of the work. */
  private static final Set<String> SUPERVISORS_ONLY = Set.of("SetTaskOwnerCmd", "DelegateTaskCmd",
      "AddUserIdentityLinkCmd", "AddGroupIdentityLinkCmd", "DeleteUserIdentityLinkCmd", "DeleteGroupIdentityLinkCmd",
      "AddCandidateUserCmd", "AddCandidateGroupCmd", "DeleteCandidateUserCmd", "DeleteCandidateGroupCmd",
      "SetTaskPriorityCmd", "ResolveTaskCmd");

  private final FormContracts forms = new FormContracts();
  private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

  @Override
  public <T> T execute(Command<T> command) {
    int level = depth.get();
    depth.set(level + 1);
    try {
      CommandContext context = Context.getCommandContext();
      if (level == 0 && context != null && context.getAuthenticatedUserId() != null) {
        try {
          check(command, Callers.of(context));
          return next.execute(command);
        } catch (RuntimeException refused) {
          EngineRefusals.record(refused);
          throw refused;
        }
      }
      return next.execute(command);
    } finally {
      if (level == 0) {
        depth.remove();
      } else {
        depth.set(level);
      }
    }
  }

  private void check(Command<?> command, Callers caller) {
    String name = command.getClass().getSimpleName();
    switch (name) {
      case "CompleteTaskCmd" -> completing(caller, field(command, "taskId"), command, "variables");
      case "SubmitTaskFormCmd" -> completing(caller, field(command, "taskId"), command, "properties");
      case "SetTaskVariablesCmd", "PatchTaskVariablesCmd" -> writingTaskVariables(caller, command);
      case "RemoveTaskVariablesCmd" -> removingTaskVariables(caller, command);
      case "StartProcessInstanceCmd" -> starting(caller, field(command, "instantiationBuilder"));
      case "SubmitStartFormCmd" -> submittingStartForm(caller, command);
      case "ClaimTaskCmd" -> assigning(caller, field(command, "taskId"), field(command, "userId"), "claim");
      case "AssignTaskCmd" -> assigning(caller, field(command, "taskId"), field(command, "value"), "assign");
      case "SaveTaskCmd" -> saving(caller, field(command, "task"));
      case "DeleteDeploymentCmd" -> deletingDeployment(caller, field(command, "deploymentId"),
          (Boolean) field(command, "cascade"));
      case "DeleteProcessDefinitionsByIdsCmd", "DeleteProcessDefinitionsByKeyCmd" -> {
        if (Boolean.TRUE.equals(fieldOrNull(command, "cascadeToInstances")) && !caller.isAdministrator()) {
          refuse(caller, "删除流程定义及其运行实例仅限系统管理员 Only administrators may delete process definitions "
              + "together with their running instances");
        }
      }
      default -> {
        if (ADMINISTRATORS_ONLY.contains(name) && !caller.isAdministrator()) {
          refuse(caller, "此操作仅限系统管理员 " + operation(name) + " is reserved for administrators: cases are "
              + "worked through their tasks in Tasklist and the application API");
        }
        if (SUPERVISORS_ONLY.contains(name) && !caller.supervises()) {
          refuse(caller, "此操作仅限主管 " + operation(name) + " is reserved for supervisors and managers of the work");
        }
      }
    }
  }

  private void completing(Callers caller, String taskId, Command<?> command, String variablesField) {
    TaskEntity task = task(taskId);
    if (task == null) {
      return;
    }
    if (task.getAssignee() != null && !task.getAssignee().equals(caller.userId()) && !caller.isAdministrator()) {
      refuse(caller, "任务已由他人认领 Task " + task.getTaskDefinitionKey() + " is assigned to " + task.getAssignee()
          + "; only they can complete it (a supervisor can reassign it)");
    }
    FormContract contract = forms.forTask(task).orElseThrow(() -> new BadUserRequestException(
        "Task " + task.getTaskDefinitionKey() + " has no form: it cannot be completed by a person"));
    Map<String, Object> submitted = field(command, variablesField);
    Map<String, Object> accepted = contract.accept(submitted, task::getVariable, "task " + task.getTaskDefinitionKey());
    replace(submitted, accepted, command, variablesField);
  }

  private void writingTaskVariables(Callers caller, Command<?> command) {
    TaskEntity task = task(field(command, "entityId"));
    if (task == null) {
      return;
    }
    Map<String, ?> variables = field(command, "variables");
    Collection<String> deletions = fieldOrNull(command, "deletions");
    List<String> names = new ArrayList<>(variables == null ? List.of() : variables.keySet());
    if (deletions != null) {
      names.addAll(deletions);
    }
    ownedBy(task, names);
    if (variables != null && !variables.isEmpty()) {
      forms.forTask(task).orElseThrow().acceptSome(variables, task::getVariable, "task " + task.getTaskDefinitionKey());
    }
  }

  private void removingTaskVariables(Callers caller, Command<?> command) {
    TaskEntity task = task(field(command, "entityId"));
    if (task != null) {
      Collection<String> names = field(command, "variableNames");
      ownedBy(task, names);
    }
  }

  private void ownedBy(TaskEntity task, Collection<String> names) {
    FormContract contract = forms.forTask(task).orElseThrow(() -> new BadUserRequestException(
        "Task " + task.getTaskDefinitionKey() + " has no form: its variables are not a person's to write"));
    contract.acceptNames(names, "task " + task.getTaskDefinitionKey());
  }

  private void starting(Callers caller, ProcessInstantiationBuilderImpl builder) {
    if (builder.getModificationBuilder() != null && !builder.getModificationBuilder().getModificationOperations()
        .isEmpty() && !caller.isAdministrator()) {
      refuse(caller, "流程只能从开始处启动 A process starts at its start event; starting elsewhere is for administrators");
    }
    ProcessDefinitionEntity definition = definition(builder.getProcessDefinitionId(),
        builder.getProcessDefinitionKey());
    if (caller.isAdministrator() && forms.forStart(definition.getId()).isEmpty()) {
      return;
    }
    Map<String, Object> variables = builder.getVariables();
    Map<String, Object> accepted = startContract(definition, builder.getBusinessKey()).accept(variables,
        name -> null, "the start form of " + definition.getKey());
    variables.clear();
    variables.putAll(accepted);
  }

  private void submittingStartForm(Callers caller, Command<?> command) {
    ProcessDefinitionEntity definition = definition(field(command, "processDefinitionId"), null);
    Map<String, Object> variables = field(command, "variables");
    Map<String, Object> accepted = startContract(definition, field(command, "businessKey")).accept(variables,
        name -> null, "the start form of " + definition.getKey());
    replace(variables, accepted, command, "variables");
  }

  private FormContract startContract(ProcessDefinitionEntity definition, String businessKey) {
    if (businessKey != null && !businessKey.isBlank()) {
      throw new BadUserRequestException("businessKey: 案件编号由系统生成 the case number is given by the system; "
          + "start " + definition.getKey() + " without a business key");
    }
    return forms.forStart(definition.getId()).orElseThrow(() -> new AuthorizationException(
        "流程 " + definition.getKey() + " 不能直接启动: it starts only through the application API or from other "
            + "processes, never directly over the engine REST API"));
  }

  private void assigning(Callers caller, String taskId, String userId, String verb) {
    TaskEntity task = task(taskId);
    if (task == null || caller.supervises()) {
      return;
    }
    boolean forSelf = caller.userId().equals(userId);
    boolean releasingOwn = userId == null && caller.userId().equals(task.getAssignee());
    if (!forSelf && !releasingOwn) {
      refuse(caller, "只能为自己认领任务 Tasks are claimed only for oneself: " + caller.userId() + " cannot " + verb + " "
          + task.getTaskDefinitionKey() + " for " + (userId == null ? task.getAssignee() : userId)
          + " (supervisors and managers can reassign)");
    }
  }

  private void saving(Callers caller, TaskEntity changed) {
    TaskEntity stored = changed == null || changed.getId() == null ? null : task(changed.getId());
    if (stored == null || caller.supervises()) {
      return;
    }
    if (!Objects.equals(stored.getAssignee(), changed.getAssignee())) {
      assigning(caller, stored.getId(), changed.getAssignee(), "assign");
    }
    boolean termsChanged = !Objects.equals(stored.getDueDate(), changed.getDueDate())
        || stored.getPriority() != changed.getPriority() || !Objects.equals(stored.getName(), changed.getName())
        || !Objects.equals(stored.getOwner(), changed.getOwner())
        || !Objects.equals(stored.getDescription(), changed.getDescription());
    if (termsChanged) {
      refuse(caller, "任务的期限、优先级和名称由流程决定 The due date, priority, name and owner of task "
          + stored.getTaskDefinitionKey() + " come from the process (statutory clocks); supervisors can change them");
    }
  }

  private void deletingDeployment(Callers caller, String deploymentId, Boolean cascade) {
    if (caller.isAdministrator()) {
      return;
    }
    if (Boolean.TRUE.equals(cascade)) {
      refuse(caller, "级联删除部署仅限系统管理员 Only administrators may delete a deployment together with its "
          + "running instances and history (cascade)");
    }
    CommandContext context = Context.getCommandContext();
    long running = context.runWithoutAuthorization(() -> Context.getProcessEngineConfiguration().getRuntimeService()
        .createProcessInstanceQuery().deploymentId(deploymentId).count());
    if (running > 0) {
      refuse(caller, "部署仍有运行中的实例 Deployment " + deploymentId + " still has " + running
          + " running instances; it cannot be deleted");
    }
  }

  private static void refuse(Callers caller, String message) {
    LOG.warn("Refused for {}: {}", caller.userId(), message);
    throw new AuthorizationException(message);
  }

  private static TaskEntity task(String taskId) {
    return taskId == null ? null : Context.getCommandContext().getTaskManager().findTaskById(taskId);
  }

  private static ProcessDefinitionEntity definition(String id, String key) {
    var cache = Context.getProcessEngineConfiguration().getDeploymentCache();
    return id != null ? cache.findDeployedProcessDefinitionById(id)
        : cache.findDeployedLatestProcessDefinitionByKey(key);
  }

  private static String operation(String commandName) {
    return commandName.replace("Cmd", "");
  }

  private static void replace(Map<String, Object> submitted, Map<String, Object> accepted, Command<?> command,
      String fieldName) {
    if (submitted == null) {
      return;
    }
    try {
      submitted.clear();
      submitted.putAll(accepted);
    } catch (UnsupportedOperationException immutable) {
      set(command, fieldName, new LinkedHashMap<>(accepted));
    }
  }

  @SuppressWarnings("unchecked")
  private static <V> V field(Object target, String name) {
    try {
      return (V) find(target.getClass(), name).get(target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Engine command " + target.getClass().getName() + " has no field " + name, e);
    }
  }

  private static <V> V fieldOrNull(Object target, String name) {
    try {
      return field(target, name);
    } catch (IllegalStateException missing) {
      return null;
    }
  }

  private static void set(Object target, String name, Object value) {
    try {
      find(target.getClass(), name).set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Engine command " + target.getClass().getName() + " has no field " + name, e);
    }
  }

  private static Field find(Class<?> type, String name) throws NoSuchFieldException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException next) {
        // look in the superclass
      }
    }
    throw new NoSuchFieldException(name);
  }
}
