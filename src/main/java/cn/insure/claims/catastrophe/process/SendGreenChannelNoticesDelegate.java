package cn.insure.claims.catastrophe.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.catastrophe.CatastropheService;

/**
 * Task {@code sendGreenChannelNotices}: one batch of customers with open claims in the affected
 * regions is told about the simplified procedure; repeated until all are told.
 */
@Component
class SendGreenChannelNoticesDelegate implements JavaDelegate {

  private final CatastropheService catastrophes;

  SendGreenChannelNoticesDelegate(CatastropheService catastrophes) {
    this.catastrophes = catastrophes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CatastropheService.Batch batch = catastrophes.notifyCustomers(
        (String) execution.getVariable(CatastropheEventProcess.VAR_EVENT_ID),
        (String) execution.getVariable("noticeCursor"));
    execution.setVariable("noticeCursor", batch.lastClaimNumber());
    execution.setVariable("moreNoticesToSend", batch.more());
    execution.setVariable("customersNotified", ((Number) execution.getVariable("customersNotified")).longValue()
        + batch.acted());
  }
}
