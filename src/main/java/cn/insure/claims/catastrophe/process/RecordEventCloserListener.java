package cn.insure.claims.catastrophe.process;

import cn.insure.claims.system.engine.TaskActors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completion of {@code closeCatastropheEvent}: remembers which manager closed the event. */
@Component
class RecordEventCloserListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.setVariable(CatastropheEventProcess.VAR_CLOSED_BY, TaskActors.completerOf(task));
  }
}
