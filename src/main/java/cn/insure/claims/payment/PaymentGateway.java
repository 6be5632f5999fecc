package cn.insure.claims.payment;

import java.math.BigDecimal;

/**
 * The port to the bank that pays claims online. Implementations must be idempotent on
 * {@link Transfer#idempotencyKey()}: sending the same transfer twice pays once and answers the
 * first result again. Throwing means "not known to be paid" and the caller retries later.
 */
public interface PaymentGateway {

  /** A transfer to the payee's account. */
  record Transfer(String idempotencyKey, String claimNumber, BigDecimal amount, String currency, String accountName,
      String bankName, String accountNumber) {
  }

  /** The bank accepted and executed the transfer. */
  record Receipt(String bankReference) {
  }

  /** The bank refuses the transfer for good (e.g. closed account): retrying will not help. */
  class TransferRejectedException extends RuntimeException {
    public TransferRejectedException(String reason) {
      super(reason);
    }
  }

  Receipt transfer(Transfer transfer);
}
