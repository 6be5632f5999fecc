package cn.insure.claims.catastrophe.process;

import static cn.insure.claims.catastrophe.process.CatastropheEventProcess.VAR_REPORT_REVIEW_COMMENT;

import cn.insure.claims.system.engine.TaskActors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.insure.claims.catastrophe.CatastropheService;

/** On completion of {@code reviewCatastropheReport}: records who reviewed the event report, when, and their conclusions. */
@Component
class RecordReportReviewListener implements TaskListener {

  private final CatastropheService catastrophes;

  RecordReportReviewListener(CatastropheService catastrophes) {
    this.catastrophes = catastrophes;
  }

  @Override
  public void notify(DelegateTask task) {
    Object comment = task.getVariable(VAR_REPORT_REVIEW_COMMENT);
    if (comment == null || comment.toString().isBlank()) {
      throw new BadUserRequestException("reportReviewComment: 请填写评审意见与改进措施 Your conclusions and improvements "
          + "are required");
    }
    catastrophes.recordReportReview((String) task.getVariable(CatastropheEventProcess.VAR_EVENT_ID),
        TaskActors.completerOf(task), comment.toString().trim());
  }
}
