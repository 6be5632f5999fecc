package cn.insure.claims.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import cn.insure.claims.ClaimsSpringBootTest;

/**
 * The simulated bank keeps its idempotency keys like a real bank: in its own books (a table,
 * committed apart from the caller), so a transfer re-sent after the caller's transaction died — a
 * node killed between the bank's answer and the commit of the payment step — is answered with the
 * first receipt and the money moves once.
 */
@ClaimsSpringBootTest
class SimulatedBankDurabilityTest {

  @Autowired SimulatedBankGateway bank;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aTransferReSentAfterTheCallerRolledBackIsAnsweredWithTheFirstReceiptNotExecutedAgain() {
    String key = "CLM-TEST-" + UUID.randomUUID().toString().substring(0, 8) + "-FINAL-1";
    PaymentGateway.Transfer transfer = new PaymentGateway.Transfer(key, "CLM-20261203-990001",
        new BigDecimal("8800.00"), "CNY", "王小明", "招商银行", "6225880112345678");
    int executedBefore = bank.transfersExecuted();

    String first = transaction.execute(status -> {
      String reference = bank.transfer(transfer).bankReference();
      status.setRollbackOnly(); // the payment step dies before it commits
      return reference;
    });
    String second = transaction.execute(status -> bank.transfer(transfer).bankReference());

    assertThat(second).isEqualTo(first);
    assertThat(bank.transfersExecuted()).isEqualTo(executedBefore + 1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM simulated_bank_transfer WHERE idempotency_key = ?",
        Integer.class, key)).isEqualTo(1);
  }
}
