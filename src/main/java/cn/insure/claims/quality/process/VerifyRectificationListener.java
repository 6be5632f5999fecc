package cn.insure.claims.quality.process;

import java.util.Date;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.insure.claims.quality.Rectifications;

/**
 * On assignment and completion of {@code verifyRectification}: the quality inspector who raised the
 * finding may not verify it; an insufficient rectification goes back with a new deadline.
 */
@Component
class VerifyRectificationListener implements TaskListener {

  private final Rectifications rectifications;

  VerifyRectificationListener(Rectifications rectifications) {
    this.rectifications = rectifications;
  }

  @Override
  public void notify(DelegateTask task) {
    String actor = SpotCheckRectificationProcess.actor(task);
    String id = (String) task.getVariable(SpotCheckRectificationProcess.VAR_RECTIFICATION_ID);
    if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
      if (actor.equals(rectifications.require(id).raisedBy())) {
        throw new BadUserRequestException("提出问题的质检员不得验证整改 The quality inspector who raised the finding may "
            + "not verify its rectification");
      }
      return;
    }
    if (!(task.getVariable(SpotCheckRectificationProcess.VAR_EFFECTIVE) instanceof Boolean effective)) {
      throw new BadUserRequestException(SpotCheckRectificationProcess.VAR_EFFECTIVE + ": 请选择整改是否有效 true or false "
          + "is required");
    }
    try {
      var newDue = rectifications.verify(id, effective, actor);
      if (newDue != null) {
        task.setVariable(SpotCheckRectificationProcess.VAR_DUE_AT, Date.from(newDue));
      }
    } catch (IllegalStateException refused) {
      throw new BadUserRequestException(refused.getMessage());
    }
  }
}
