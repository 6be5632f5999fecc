package cn.insure.claims.complaint.process;

import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_RECONSIDERED_BY;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.insure.claims.claim.ClaimReconsidered;
import cn.insure.claims.claim.ClaimRepository;

/**
 * The claims panel finished a reconsideration: the complaints that sent the claim there follow its
 * outcome. Runs in the claim's transaction, so the claim and its complaints move together.
 */
@Component
class ClaimReconsideredListener {

  private final RuntimeService runtimeService;
  private final ClaimRepository claims;

  ClaimReconsideredListener(RuntimeService runtimeService, ClaimRepository claims) {
    this.runtimeService = runtimeService;
    this.claims = claims;
  }

  @EventListener
  void reconsidered(ClaimReconsidered event) {
    List<ClaimRepository.Decision> decisions = claims.decisions(event.claimNumber());
    String panel = decisions.stream().filter(d -> "RECONSIDERATION".equals(d.stage()))
        .reduce((first, second) -> second).map(ClaimRepository.Decision::decidedBy).orElse("claims-managers");
    Map<String, Object> variables = new HashMap<>();
    variables.put(ComplaintHandlingProcess.VAR_RECONSIDERATION_OUTCOME, event.outcome());
    variables.put(ComplaintHandlingProcess.VAR_RECONSIDERATION_OPINION, event.opinion());
    variables.put(VAR_RECONSIDERED_BY, panel);
    runtimeService.createMessageCorrelation(ComplaintHandlingProcess.MESSAGE_CLAIM_RECONSIDERED)
        .processInstanceVariableEquals(ComplaintHandlingProcess.VAR_CLAIM_NUMBER, event.claimNumber())
        .setVariables(variables).correlateAll();
  }
}
