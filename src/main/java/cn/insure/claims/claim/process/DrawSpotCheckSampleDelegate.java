package cn.insure.claims.claim.process;

import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_CLAIM_NUMBER;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_SPOT_CHECK_DRAWN;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.claim.ClaimSpotChecks;

/** Task {@code drawSpotCheckSample}: draws the archived claim for a spot check (抽检) or not. */
@Component
class DrawSpotCheckSampleDelegate implements JavaDelegate {

  private final ClaimSpotChecks spotChecks;

  DrawSpotCheckSampleDelegate(ClaimSpotChecks spotChecks) {
    this.spotChecks = spotChecks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimNumber = (String) execution.getVariable(VAR_CLAIM_NUMBER);
    execution.setVariable(VAR_SPOT_CHECK_DRAWN, spotChecks.draw(claimNumber));
  }
}
