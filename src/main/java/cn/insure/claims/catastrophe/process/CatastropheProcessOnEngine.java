package cn.insure.claims.catastrophe.process;

import static cn.insure.claims.catastrophe.process.CatastropheEventProcess.KEY;
import static cn.insure.claims.catastrophe.process.CatastropheEventProcess.TASK_CLOSE;
import static cn.insure.claims.catastrophe.process.CatastropheEventProcess.VAR_CLOSE_REASON;

import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.insure.claims.catastrophe.CatastropheEvent;
import cn.insure.claims.catastrophe.CatastropheProcess;
import cn.insure.claims.system.cluster.ProcessStarts;
import cn.insure.claims.system.engine.ActingAs;
import cn.insure.claims.system.errors.ApiException;

/** {@link CatastropheProcess} on the engine: the start of {@code catastropheEvent} and its close task. */
@Component
class CatastropheProcessOnEngine implements CatastropheProcess {

  private final ProcessStarts processStarts;
  private final TaskService taskService;
  private final ActingAs actingAs;

  CatastropheProcessOnEngine(ProcessStarts processStarts, TaskService taskService, ActingAs actingAs) {
    this.processStarts = processStarts;
    this.taskService = taskService;
    this.actingAs = actingAs;
  }

  @Override
  public void start(CatastropheEvent event) {
    processStarts.start(KEY, event.eventId(), CatastropheEventProcess.variablesOf(event));
  }

  @Override
  public boolean close(String eventId, String closedBy, String reason) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(eventId).taskDefinitionKey(TASK_CLOSE)
        .singleResult();
    if (task == null) {
      return false;
    }
    taskService.setAssignee(task.getId(), closedBy);
    try {
      actingAs.run(closedBy, () -> taskService.complete(task.getId(), Map.of(VAR_CLOSE_REASON, reason)));
    } catch (BadUserRequestException refused) {
      throw ApiException.unprocessable("catastrophe-close-refused", refused.getMessage());
    }
    return true;
  }
}
