package cn.insure.claims.claim.process;

import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_CLAIM_NUMBER;

import cn.insure.claims.system.engine.TaskActors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.insure.claims.claim.ClaimPaymentSteps;

/**
 * On completion of {@code correctPayeeAccount}: records the payee account finance corrected after
 * the bank refused the payment; the process then pays again. The clear account number does not
 * stay a process variable (and {@code PersonalDataHistoryPlugin} masks it in the history).
 */
@Component
class CorrectPayeeAccountListener implements TaskListener {

  static final String ACCOUNT_NAME = "payeeAccountName";
  static final String BANK_NAME = "payeeBankName";
  static final String ACCOUNT_NUMBER = "payeeAccountNumber";

  private final ClaimPaymentSteps payments;

  CorrectPayeeAccountListener(ClaimPaymentSteps payments) {
    this.payments = payments;
  }

  @Override
  public void notify(DelegateTask task) {
    String accountName = text(task, ACCOUNT_NAME);
    String bankName = text(task, BANK_NAME);
    String accountNumber = text(task, ACCOUNT_NUMBER).replace(" ", "");
    if (accountName.isEmpty() || bankName.isEmpty() || !accountNumber.matches("\\d{12,19}")) {
      throw new BadUserRequestException("payeeAccountName and payeeBankName are required, and payeeAccountNumber "
          + "must be 12 to 19 digits");
    }
    payments.correctPayee((String) task.getVariable(VAR_CLAIM_NUMBER), accountName, bankName,
        accountNumber, TaskActors.completerOf(task));
    task.removeVariable(ACCOUNT_NUMBER);
  }

  private static String text(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null ? "" : value.toString().trim();
  }
}
