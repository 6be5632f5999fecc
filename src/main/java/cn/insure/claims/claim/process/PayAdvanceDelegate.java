package cn.insure.claims.claim.process;

import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_ADVANCE_AMOUNT;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_CLAIM_NUMBER;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.claim.ClaimPaymentSteps;
import cn.insure.claims.claim.ClaimWorkflow;
import cn.insure.claims.payment.ClaimPayments;
import cn.insure.claims.system.engine.EngineAmounts;

/**
 * Task {@code payAdvance}: pays the advance (先予支付) a supervisor approved. A refused payee account
 * becomes the BPMN error {@code paymentRejected} (finance corrects it, then this pays again). An
 * advance that is only paid after the claim was decided (the account was corrected late, or an
 * incident was retried late) is not paid: the final payment pays the approved amount in full.
 */
@Component
class PayAdvanceDelegate implements JavaDelegate {

  private final ClaimWorkflow workflow;
  private final ClaimPaymentSteps payments;

  PayAdvanceDelegate(ClaimWorkflow workflow, ClaimPaymentSteps payments) {
    this.workflow = workflow;
    this.payments = payments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimNumber = (String) execution.getVariable(VAR_CLAIM_NUMBER);
    BigDecimal amount = EngineAmounts.of(execution.getVariable(VAR_ADVANCE_AMOUNT));
    if (workflow.claim(claimNumber).decision() != null) {
      payments.recordAdvanceNotNeeded(claimNumber);
      return;
    }
    ClaimHandlingProcess.payOrRaiseRejection(() -> payments.payOnline(claimNumber, ClaimPayments.Kind.ADVANCE,
        amount.setScale(2, RoundingMode.HALF_UP)));
  }
}
