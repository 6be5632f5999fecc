package cn.insure.claims.callback.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.callback.CallBackService;

/** Task {@code sendSatisfactionSurvey}: no call reached the customer; the SMS questionnaire stands in. */
@Component
class SendSatisfactionSurveyDelegate implements JavaDelegate {

  private final CallBackService callBacks;

  SendSatisfactionSurveyDelegate(CallBackService callBacks) {
    this.callBacks = callBacks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    callBacks.closeNotReached((String) execution.getVariable(CustomerCallBackProcess.VAR_CALL_BACK_ID));
  }
}
