package cn.insure.claims.catastrophe.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.catastrophe.CatastropheService;

/**
 * Task {@code switchRunningClaims}: one batch of the claims running when the event was declared
 * is switched to its green channel; the process repeats the task until none is left, each batch in
 * a transaction (and a retryable job) of its own.
 */
@Component
class SwitchRunningClaimsDelegate implements JavaDelegate {

  private final CatastropheService catastrophes;

  SwitchRunningClaimsDelegate(CatastropheService catastrophes) {
    this.catastrophes = catastrophes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CatastropheService.Batch batch = catastrophes.switchRunningClaims(
        (String) execution.getVariable(CatastropheEventProcess.VAR_EVENT_ID),
        (String) execution.getVariable("switchCursor"));
    execution.setVariable("switchCursor", batch.lastClaimNumber());
    execution.setVariable("moreClaimsToSwitch", batch.more());
    execution.setVariable("claimsSwitched", ((Number) execution.getVariable("claimsSwitched")).longValue()
        + batch.acted());
  }
}
