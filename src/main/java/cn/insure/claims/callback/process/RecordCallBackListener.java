package cn.insure.claims.callback.process;

import static cn.insure.claims.callback.process.CustomerCallBackProcess.VAR_CUSTOMER_COMMENT;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.insure.claims.callback.CallBackService;

/**
 * On completion of {@code makeCallBack}: a call that did not reach the customer counts as an
 * attempt; a reached customer's questionnaire needs all four scores (1–5) and is recorded, and the
 * table {@code callBackFollowUp} (or the customer's wish to complain) decides on a follow-up.
 */
@Component
class RecordCallBackListener implements TaskListener {

  private final CallBackService callBacks;

  RecordCallBackListener(CallBackService callBacks) {
    this.callBacks = callBacks;
  }

  @Override
  public void notify(DelegateTask task) {
    String callBackId = (String) task.getVariable(CustomerCallBackProcess.VAR_CALL_BACK_ID);
    String by = CustomerCallBackProcess.actor(task);
    boolean reached = yesOrNo(task, CustomerCallBackProcess.VAR_REACHED, true);
    if (!reached) {
      task.setVariable(CustomerCallBackProcess.VAR_ATTEMPTS, callBacks.recordUnansweredCall(callBackId, by));
      return;
    }
    Object comment = task.getVariable(VAR_CUSTOMER_COMMENT);
    String text = comment == null || comment.toString().isBlank() ? null : comment.toString().trim();
    if (text != null && text.length() > 2000) {
      throw new BadUserRequestException("customerComment: 不超过2000字 At most 2000 characters");
    }
    boolean wantsComplaint = yesOrNo(task, CustomerCallBackProcess.VAR_WANTS_COMPLAINT, false);
    CallBackService.Questionnaire answers = new CallBackService.Questionnaire(score(task, "overallSatisfaction"),
        score(task, "speedScore"), score(task, "attitudeScore"), score(task, "clarityScore"),
        yesOrNo(task, "contactChanged", false), text);
    boolean followUp = callBacks.recordAnswers(callBackId, answers, by, wantsComplaint);
    task.setVariable(CustomerCallBackProcess.VAR_WANTS_COMPLAINT, wantsComplaint);
    task.setVariable(CustomerCallBackProcess.VAR_FOLLOW_UP_NEEDED, followUp);
  }

  private static int score(DelegateTask task, String field) {
    Object value = task.getVariable(field);
    int score;
    try {
      score = value instanceof Number number ? number.intValue() : Integer.parseInt(String.valueOf(value).trim());
    } catch (NumberFormatException e) {
      score = 0;
    }
    if (score < 1 || score > 5) {
      throw new BadUserRequestException(field + ": 请选择1到5分 Choose a score from 1 to 5");
    }
    return score;
  }

  private static boolean yesOrNo(DelegateTask task, String field, boolean required) {
    Object value = task.getVariable(field);
    if (value == null && !required) {
      return false;
    }
    if (!(value instanceof Boolean yes)) {
      throw new BadUserRequestException(field + ": 请选择是或否 true or false is required");
    }
    return yes;
  }
}
