package cn.insure.claims.catastrophe.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.catastrophe.CatastropheService;

/**
 * Task {@code stopGreenChannel}: the event is closed — by the manager who completed
 * {@code closeCatastropheEvent}, or by the end of its period — and new claims take the normal path.
 */
@Component
class StopGreenChannelDelegate implements JavaDelegate {

  static final String PERIOD_ENDED = "事件期间结束，自动关闭 Event period ended";

  private final CatastropheService catastrophes;

  StopGreenChannelDelegate(CatastropheService catastrophes) {
    this.catastrophes = catastrophes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object closedBy = execution.getVariable(CatastropheEventProcess.VAR_CLOSED_BY);
    Object reason = execution.getVariable(CatastropheEventProcess.VAR_CLOSE_REASON);
    catastrophes.stopGreenChannel((String) execution.getVariable(CatastropheEventProcess.VAR_EVENT_ID),
        closedBy == null ? "system" : closedBy.toString(),
        closedBy == null ? PERIOD_ENDED : reason == null || reason.toString().isBlank() ? null : reason.toString());
  }
}
