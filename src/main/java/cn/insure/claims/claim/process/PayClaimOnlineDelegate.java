package cn.insure.claims.claim.process;

import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_CLAIM_NUMBER;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.claim.ClaimPaymentSteps;
import cn.insure.claims.payment.ClaimPayments;

/**
 * Task {@code payClaimOnline}: pays what is still due (the approved amount less any advance) through
 * the bank. A refused payee account becomes the BPMN error {@code paymentRejected} (finance corrects
 * the account); any other failure is retried and, in the end, an incident.
 */
@Component
class PayClaimOnlineDelegate implements JavaDelegate {

  private final ClaimPaymentSteps payments;

  PayClaimOnlineDelegate(ClaimPaymentSteps payments) {
    this.payments = payments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimNumber = (String) execution.getVariable(VAR_CLAIM_NUMBER);
    BigDecimal due = payments.amountStillToPay(claimNumber);
    if (due.signum() > 0) {
      ClaimHandlingProcess.payOrRaiseRejection(() -> payments.payOnline(claimNumber, ClaimPayments.Kind.FINAL, due));
    }
  }
}
