package cn.insure.claims.system.privacy;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.insure.claims.system.privacy.PersonalDataReads.Access;

/**
 * Records every read of a case's process variables by a person through the engine — a Tasklist
 * form opening (its form variables), Cockpit's variables tab, the engine REST API — in
 * {@link PersonalDataReads}: who, when, which case (the process instance's business key). Reads by
 * the engine itself and by the application's own steps (no authenticated user) are not recorded.
 * Variable queries are recorded for the process instances, tasks or executions they name; a query
 * naming none is not attributed to a case.
 */
@Component
class ProcessVariableReadsPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<PersonalDataReads> reads;

  ProcessVariableReadsPlugin(ObjectProvider<PersonalDataReads> reads) {
    this.reads = reads;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>(
        configuration.getCustomPostCommandInterceptorsTxRequired() == null ? List.of()
            : configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new Recorder(reads));
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  static final class Recorder extends CommandInterceptor {

    private final ObjectProvider<PersonalDataReads> reads;
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

    Recorder(ObjectProvider<PersonalDataReads> reads) {
      this.reads = reads;
    }

    @Override
    public <T> T execute(Command<T> command) {
      int level = depth.get();
      depth.set(level + 1);
      try {
        T result = next.execute(command);
        CommandContext context = Context.getCommandContext();
        if (level == 0 && context != null && context.getAuthenticatedUserId() != null) {
          record(command, context);
        }
        return result;
      } finally {
        if (level == 0) {
          depth.remove();
        } else {
          depth.set(level);
        }
      }
    }

    private void record(Command<?> command, CommandContext context) {
      Map<String, String> cases = new LinkedHashMap<>();
      switch (command.getClass().getSimpleName()) {
        case "GetTaskFormVariablesCmd" -> ofTask(context, (String) field(command, "resourceId"), cases);
        case "GetTaskVariablesCmd", "GetTaskVariableCmd", "GetTaskVariableCmdTyped" ->
            ofTask(context, (String) field(command, "taskId"), cases);
        case "GetExecutionVariablesCmd", "GetExecutionVariableCmd", "GetExecutionVariableTypedCmd" ->
            ofExecution(context, (String) field(command, "executionId"), cases);
        case "VariableInstanceQueryImpl", "HistoricVariableInstanceQueryImpl" -> {
          for (String id : ids(command, "processInstanceIds", "processInstanceId", "executionIds")) {
            ofExecution(context, id, cases);
          }
          for (String id : ids(command, "taskIds")) {
            ofTask(context, id, cases);
          }
        }
        default -> {
          return;
        }
      }
      PersonalDataReads log = reads.getIfAvailable();
      if (log == null) {
        return;
      }
      Map<String, List<String>> byProcess = new LinkedHashMap<>();
      cases.forEach((caseNumber, processKey) -> byProcess.computeIfAbsent(processKey, k -> new ArrayList<>())
          .add(caseNumber));
      byProcess.forEach((processKey, caseNumbers) -> log.record(context.getAuthenticatedUserId(), caseNumbers,
          processKey, Access.PROCESS_VARIABLES));
    }

    private static void ofTask(CommandContext context, String taskId, Map<String, String> cases) {
      if (taskId == null) {
        return;
      }
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task != null && task.getProcessInstanceId() != null) {
        ofExecution(context, task.getProcessInstanceId(), cases);
      }
    }

    private static void ofExecution(CommandContext context, String executionId, Map<String, String> cases) {
      if (executionId == null) {
        return;
      }
      ExecutionEntity execution = context.getExecutionManager().findExecutionById(executionId);
      if (execution != null) {
        if (execution.getProcessBusinessKey() != null) {
          cases.put(execution.getProcessBusinessKey(), execution.getProcessDefinition().getKey());
        }
        return;
      }
      // A finished instance (Cockpit's history view): its business key is in the history.
      HistoricProcessInstanceEntity finished = context.getHistoricProcessInstanceManager()
          .findHistoricProcessInstance(executionId);
      if (finished != null && finished.getBusinessKey() != null) {
        cases.put(finished.getBusinessKey(), finished.getProcessDefinitionKey());
      }
    }

    private static List<String> ids(Command<?> command, String... fieldNames) {
      List<String> ids = new ArrayList<>();
      for (String name : fieldNames) {
        Object value = field(command, name);
        if (value instanceof String id) {
          ids.add(id);
        } else if (value instanceof String[] array) {
          ids.addAll(Arrays.asList(array));
        }
      }
      return ids;
    }

    private static Object field(Object target, String name) {
      for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
        try {
          Field field = type.getDeclaredField(name);
          field.setAccessible(true);
          return field.get(target);
        } catch (NoSuchFieldException next) {
          // look in the superclass
        } catch (IllegalAccessException e) {
          return null;
        }
      }
      return null;
    }
  }
}
