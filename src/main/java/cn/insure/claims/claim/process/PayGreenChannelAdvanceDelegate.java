package cn.insure.claims.claim.process;

import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_ADVANCE_PAYMENT_SHARE;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_CLAIM_NUMBER;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.claim.ClaimPaymentSteps;
import cn.insure.claims.system.engine.EngineAmounts;

/**
 * Task {@code payGreenChannelAdvance}: pays a green-channel claim the event's share of the amount
 * its first review assessed (预付赔款), before the second review. A refused payee account becomes the
 * BPMN error {@code paymentRejected}: finance corrects the account, then this pays again.
 */
@Component
class PayGreenChannelAdvanceDelegate implements JavaDelegate {

  private final ClaimPaymentSteps payments;

  PayGreenChannelAdvanceDelegate(ClaimPaymentSteps payments) {
    this.payments = payments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimNumber = (String) execution.getVariable(VAR_CLAIM_NUMBER);
    BigDecimal share = EngineAmounts.of(execution.getVariable(VAR_ADVANCE_PAYMENT_SHARE));
    ClaimHandlingProcess.payOrRaiseRejection(() -> payments.payGreenChannelAdvance(claimNumber, share));
  }
}
