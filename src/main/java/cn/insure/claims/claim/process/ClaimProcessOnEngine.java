package cn.insure.claims.claim.process;

import static cn.insure.claims.claim.process.ClaimHandlingProcess.KEY;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.MESSAGE_CLAIM_DISPUTED;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.MESSAGE_DOCUMENTS_SUPPLIED;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.MESSAGE_GREEN_CHANNEL_DECLARED;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_DISPUTE_REASON;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import cn.insure.claims.claim.Claim;
import cn.insure.claims.claim.ClaimProcess;
import cn.insure.claims.claim.GreenChannel;
import cn.insure.claims.system.cluster.ProcessStarts;

/** {@link ClaimProcess} on the engine: starts and message correlations of {@code claimHandling}. */
@Component
class ClaimProcessOnEngine implements ClaimProcess {

  private final RuntimeService runtimeService;
  private final ProcessStarts processStarts;

  ClaimProcessOnEngine(RuntimeService runtimeService, ProcessStarts processStarts) {
    this.runtimeService = runtimeService;
    this.processStarts = processStarts;
  }

  @Override
  public List<String> start(Claim claim, GreenChannel greenChannel) {
    ProcessInstance instance = processStarts.start(KEY, claim.claimNumber(),
        ClaimHandlingProcess.variablesOf(claim, greenChannel));
    // By id, in the starting transaction: no second search of the running instances by business key.
    return instance.isEnded() ? List.of() : runtimeService.getActiveActivityIds(instance.getId());
  }

  @Override
  public void greenChannelDeclared(String claimNumber, GreenChannel greenChannel) {
    runtimeService.createMessageCorrelation(MESSAGE_GREEN_CHANNEL_DECLARED).processInstanceBusinessKey(claimNumber)
        .setVariables(ClaimHandlingProcess.greenChannelVariables(greenChannel)).correlate();
  }

  @Override
  public void documentsSupplied(String claimNumber) {
    runtimeService.createMessageCorrelation(MESSAGE_DOCUMENTS_SUPPLIED).processInstanceBusinessKey(claimNumber)
        .correlate();
  }

  @Override
  public boolean waitsForDispute(String claimNumber) {
    return runtimeService.createExecutionQuery().processInstanceBusinessKey(claimNumber)
        .messageEventSubscriptionName(MESSAGE_CLAIM_DISPUTED).count() > 0;
  }

  @Override
  public void disputed(String claimNumber, String reason) {
    runtimeService.createMessageCorrelation(MESSAGE_CLAIM_DISPUTED).processInstanceBusinessKey(claimNumber)
        .setVariable(VAR_DISPUTE_REASON, reason).correlate();
  }
}
