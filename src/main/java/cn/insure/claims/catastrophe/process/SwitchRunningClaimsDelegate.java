package cn.insure.claims.catastrophe.process;

import static cn.insure.claims.catastrophe.process.CatastropheEventProcess.VAR_CLAIMS_SWITCHED;
import static cn.insure.claims.catastrophe.process.CatastropheEventProcess.VAR_MORE_CLAIMS_TO_SWITCH;
import static cn.insure.claims.catastrophe.process.CatastropheEventProcess.VAR_SWITCH_CURSOR;

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
        (String) execution.getVariable(VAR_SWITCH_CURSOR));
    execution.setVariable(VAR_SWITCH_CURSOR, batch.lastClaimNumber());
    execution.setVariable(VAR_MORE_CLAIMS_TO_SWITCH, batch.more());
    execution.setVariable(VAR_CLAIMS_SWITCHED, ((Number) execution.getVariable(VAR_CLAIMS_SWITCHED)).longValue()
        + batch.acted());
  }
}
