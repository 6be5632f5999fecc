package cn.insure.claims.system.guard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The deployed Camunda Form of each user task and start event, read once per process definition
 * (a deployed form never changes) and turned into a {@link FormContract}.
 */
final class FormContracts {

  private final Map<String, Optional<FormContract>> cache = new ConcurrentHashMap<>();

  Optional<FormContract> forTask(TaskEntity task) {
    if (task.getProcessDefinitionId() == null) {
      return Optional.empty();
    }
    String key = task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey();
    return cache.computeIfAbsent(key, ignored -> load(() -> Context.getProcessEngineConfiguration().getFormService()
        .getDeployedTaskForm(task.getId())));
  }

  Optional<FormContract> forStart(String processDefinitionId) {
    return cache.computeIfAbsent(processDefinitionId + "#start", ignored -> load(() -> Context
        .getProcessEngineConfiguration().getFormService().getDeployedStartForm(processDefinitionId)));
  }

  private interface Source {
    InputStream open();
  }

  private static Optional<FormContract> load(Source source) {
    CommandContext commandContext = Context.getCommandContext();
    return commandContext.runWithoutAuthorization(() -> {
      try (InputStream form = source.open()) {
        return Optional.of(FormContract.parse(new String(form.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (ProcessEngineException noDeployedForm) {
        return Optional.<FormContract>empty();
      } catch (IOException e) {
        throw new ProcessEngineException("Cannot read the deployed form", e);
      }
    });
  }
}
