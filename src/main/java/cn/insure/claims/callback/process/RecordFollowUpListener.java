package cn.insure.claims.callback.process;

import static cn.insure.claims.callback.process.CustomerCallBackProcess.VAR_FOLLOW_UP_NOTE;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.insure.claims.callback.CallBackService;

/** On completion of {@code followUpDissatisfaction}: what the supervisor did about it is required and recorded. */
@Component
class RecordFollowUpListener implements TaskListener {

  private final CallBackService callBacks;

  RecordFollowUpListener(CallBackService callBacks) {
    this.callBacks = callBacks;
  }

  @Override
  public void notify(DelegateTask task) {
    Object note = task.getVariable(VAR_FOLLOW_UP_NOTE);
    String text = note == null ? "" : note.toString().trim();
    if (text.isEmpty() || text.length() > 2000) {
      throw new BadUserRequestException("followUpNote: 请写明跟进措施（不超过2000字） Say what was done for the customer "
          + "(at most 2000 characters)");
    }
    callBacks.recordFollowUp((String) task.getVariable(CustomerCallBackProcess.VAR_CALL_BACK_ID), text,
        CustomerCallBackProcess.actor(task));
  }
}
