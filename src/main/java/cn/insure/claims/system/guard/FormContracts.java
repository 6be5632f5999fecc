package cn.insure.claims.system.guard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The deployed Camunda Form of each user task and start event, read once per process definition
 * (a deployed form never changes) and turned into a {@link FormContract}.
 *
 * <p>The engine's form commands run inside the guarded command's context, not through the engine's
 * command executor: there a step without a form is an exception that marks the caller's Spring
 * transaction rollback-only, so the first start of a process without a start form (per node and
 * definition) failed with {@code UnexpectedRollbackException} though the guard let it through.
 */
final class FormContracts {

  private final Map<String, Optional<FormContract>> cache = new ConcurrentHashMap<>();

  Optional<FormContract> forTask(TaskEntity task) {
    if (task.getProcessDefinitionId() == null) {
      return Optional.empty();
    }
    String key = task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey();
    return cache.computeIfAbsent(key, ignored -> load(new GetDeployedTaskFormCmd(task.getId())));
  }

  Optional<FormContract> forStart(String processDefinitionId) {
    return cache.computeIfAbsent(processDefinitionId + "#start",
        ignored -> load(new GetDeployedStartFormCmd(processDefinitionId)));
  }

  private static Optional<FormContract> load(Command<InputStream> deployedForm) {
    try (InputStream form = Context.getCommandContext().runWithoutAuthorization(deployedForm)) {
      return Optional.of(FormContract.parse(new String(form.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (ProcessEngineException noDeployedForm) {
      return Optional.empty();
    } catch (IOException e) {
      throw new ProcessEngineException("Cannot read the deployed form", e);
    }
  }
}
