package cn.insure.claims.callback.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.callback.CallBackService;

/** Task {@code raiseComplaintFromCallBack}: the customer asked to complain; the complaint links the case. */
@Component
class RaiseComplaintFromCallBackDelegate implements JavaDelegate {

  private final CallBackService callBacks;

  RaiseComplaintFromCallBackDelegate(CallBackService callBacks) {
    this.callBacks = callBacks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintNumber = callBacks.raiseComplaint(
        (String) execution.getVariable(CustomerCallBackProcess.VAR_CALL_BACK_ID), "customer-call-back");
    execution.setVariable(CustomerCallBackProcess.VAR_LINKED_COMPLAINT_NUMBER, complaintNumber);
  }
}
