package cn.insure.claims.claim.process;

import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_CLAIM_NUMBER;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_PAID_AT;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_RECEIPT_NUMBER;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_RECEIVED_BY;

import cn.insure.claims.system.engine.TaskActors;
import java.time.LocalDate;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.insure.claims.claim.ClaimPaymentSteps;

/** On completion of {@code recordOfflinePayment}: records the payment finance handed over and the receipt. */
@Component
class RecordOfflinePaymentListener implements TaskListener {

  private final ClaimPaymentSteps payments;

  RecordOfflinePaymentListener(ClaimPaymentSteps payments) {
    this.payments = payments;
  }

  @Override
  public void notify(DelegateTask task) {
    Object paidAt = task.getVariable(VAR_PAID_AT);
    String receivedBy = (String) task.getVariable(VAR_RECEIVED_BY);
    String receiptNumber = (String) task.getVariable(VAR_RECEIPT_NUMBER);
    if (paidAt == null || receivedBy == null || receivedBy.isBlank() || receiptNumber == null
        || receiptNumber.isBlank()) {
      throw new BadUserRequestException("paidAt, receivedBy and receiptNumber are required for an offline payment");
    }
    String day = paidAt instanceof java.util.Date date
        ? date.toInstant().atZone(cn.insure.claims.numbering.CaseNumbers.BUSINESS_ZONE).toLocalDate().toString()
        : paidAt.toString().substring(0, 10);
    payments.recordOfflinePayment((String) task.getVariable(VAR_CLAIM_NUMBER),
        LocalDate.parse(day), receivedBy.trim(), receiptNumber.trim(), TaskActors.completerOf(task));
  }
}
