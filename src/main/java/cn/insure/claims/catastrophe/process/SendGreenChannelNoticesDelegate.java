package cn.insure.claims.catastrophe.process;

import static cn.insure.claims.catastrophe.process.CatastropheEventProcess.VAR_CUSTOMERS_NOTIFIED;
import static cn.insure.claims.catastrophe.process.CatastropheEventProcess.VAR_MORE_NOTICES_TO_SEND;
import static cn.insure.claims.catastrophe.process.CatastropheEventProcess.VAR_NOTICE_CURSOR;

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
        (String) execution.getVariable(VAR_NOTICE_CURSOR));
    execution.setVariable(VAR_NOTICE_CURSOR, batch.lastClaimNumber());
    execution.setVariable(VAR_MORE_NOTICES_TO_SEND, batch.more());
    execution.setVariable(VAR_CUSTOMERS_NOTIFIED, ((Number) execution.getVariable(VAR_CUSTOMERS_NOTIFIED)).longValue()
        + batch.acted());
  }
}
