package cn.insure.claims.quality.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.insure.claims.quality.Rectifications;

/** On completion of {@code rectifySpotCheckFinding}: what was put right is required and recorded. */
@Component
class RecordRectificationListener implements TaskListener {

  private final Rectifications rectifications;

  RecordRectificationListener(Rectifications rectifications) {
    this.rectifications = rectifications;
  }

  @Override
  public void notify(DelegateTask task) {
    String text = SpotCheckRectificationProcess.requiredText(task, "rectification",
        "请写明整改措施 Say what was put right");
    rectifications.recordRectified((String) task.getVariable(SpotCheckRectificationProcess.VAR_RECTIFICATION_ID), text,
        SpotCheckRectificationProcess.actor(task));
  }
}
