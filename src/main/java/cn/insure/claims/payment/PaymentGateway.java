package cn.insure.claims.payment;

import java.math.BigDecimal;

/**
 * The port to the bank that pays claims online. Implementations must be idempotent on
 * {@link Transfer#idempotencyKey()}: sending the same transfer twice pays once and answers the
 * first result again. Adapters: {@link SimulatedBankGateway} (demo, moves no money) and
 * {@link HttpBankPaymentGateway} (the bank's payment API), chosen by {@code claims.payment.gateway}.
 */
public interface PaymentGateway {

  /** A transfer to the payee's account. */
  record Transfer(String idempotencyKey, String claimNumber, BigDecimal amount, String currency, String accountName,
      String bankName, String accountNumber) {
  }

  /** The bank accepted and executed the transfer. */
  record Receipt(String bankReference) {
  }

  /**
   * The bank refuses the transfer for good (e.g. closed account, name does not match the account):
   * retrying will not help; the payee details must be corrected. The message says why, with any
   * account number masked.
   */
  class TransferRejectedException extends RuntimeException {
    public TransferRejectedException(String reason) {
      super(reason);
    }
  }

  /**
   * The bank did not confirm the transfer (unreachable, timeout, busy): it may or may not have been
   * executed. Retry later with the same idempotency key; the bank then pays once and answers the
   * first result.
   */
  class TransferNotConfirmedException extends RuntimeException {
    public TransferNotConfirmedException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * @throws TransferRejectedException if the bank refuses the transfer for good
   * @throws RuntimeException (e.g. {@link TransferNotConfirmedException}) if it is not known to be
   *     paid: the caller retries later with the same key
   */
  Receipt transfer(Transfer transfer);
}
