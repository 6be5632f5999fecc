package cn.insure.claims.payment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.insure.claims.system.privacy.PersonalData;

/**
 * A SIMULATED bank: it moves no money. It stands in for the bank's payment API until a real
 * adapter is configured ({@code claims.payment.gateway}), remembers transfers by idempotency key
 * durably like a real bank would (table {@code simulated_bank_transfer}, committed apart from the
 * caller's transaction, so a transfer re-sent after a crash of any node is answered with the first
 * receipt and executed once), and can be told to fail (a rate, or the next n calls) so that
 * incidents and retries can be shown in Cockpit, and to refuse closed accounts
 * ({@code claims.payment.simulated.closed-accounts}) so that finance's payee correction can be shown.
 */
@Component
@ConditionalOnProperty(name = "claims.payment.gateway", havingValue = "simulated")
public class SimulatedBankGateway implements PaymentGateway {

  private static final Logger log = LoggerFactory.getLogger(SimulatedBankGateway.class);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate bankTransaction;
  private final Clock clock;
  private final Set<String> closedAccounts = ConcurrentHashMap.newKeySet();
  private final AtomicInteger failuresToSimulate = new AtomicInteger();
  private final AtomicInteger transfersExecuted = new AtomicInteger();
  private final double failureRate;
  private final Duration answerDelay;

  SimulatedBankGateway(@Value("${claims.payment.simulated.failure-rate:0}") double failureRate,
      @Value("${claims.payment.simulated.closed-accounts:}") List<String> closedAccounts,
      @Value("${claims.payment.simulated.answer-delay:0s}") Duration answerDelay, JdbcTemplate jdbc,
      PlatformTransactionManager transactions, Clock clock) {
    if (answerDelay.isNegative() || answerDelay.compareTo(Duration.ofSeconds(30)) > 0) {
      throw new IllegalStateException("claims.payment.simulated.answer-delay must be between 0s and 30s, not "
          + answerDelay);
    }
    this.answerDelay = answerDelay;
    this.jdbc = jdbc;
    this.bankTransaction = new TransactionTemplate(transactions);
    this.bankTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.failureRate = failureRate;
    closedAccounts.stream().map(String::trim).filter(account -> !account.isEmpty()).forEach(this.closedAccounts::add);
  }

  @Override
  public Receipt transfer(Transfer transfer) {
    Receipt earlier = earlier(transfer.idempotencyKey());
    if (earlier != null) {
      log.info("SIMULATED bank: transfer {} was executed before, answering its receipt {} again (no second transfer)",
          transfer.idempotencyKey(), earlier.bankReference());
      return earlier;
    }
    if (closedAccounts.contains(transfer.accountNumber())) {
      log.info("SIMULATED bank refuses transfer {} for {}: account {} is closed (no money moved)",
          transfer.idempotencyKey(), transfer.claimNumber(), PersonalData.maskAccount(transfer.accountNumber()));
      throw new TransferRejectedException("模拟银行：收款账户已销户 Simulated bank: account "
          + PersonalData.maskAccount(transfer.accountNumber()) + " is closed");
    }
    if (failuresToSimulate.getAndUpdate(n -> Math.max(0, n - 1)) > 0
        || ThreadLocalRandom.current().nextDouble() < failureRate) {
      throw new IllegalStateException("Simulated bank unavailable (simulation: no money moved)");
    }
    Receipt receipt = execute(transfer);
    answerLate();
    log.info("SIMULATED bank transfer {} CNY for {} (no money moved), reference {}", transfer.amount(),
        transfer.claimNumber(), receipt.bankReference());
    return receipt;
  }

  /**
   * The money has moved; the answer takes {@code claims.payment.simulated.answer-delay} to arrive, as
   * a real bank's may: the window in which a crash leaves a transfer executed but not recorded (the
   * cluster suite kills a node in it; the retry must get the same receipt, and no second transfer).
   */
  private void answerLate() {
    if (answerDelay.isZero()) {
      return;
    }
    try {
      Thread.sleep(answerDelay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Receipt earlier(String idempotencyKey) {
    return jdbc.query("SELECT bank_reference FROM simulated_bank_transfer WHERE idempotency_key = ?",
        rs -> rs.next() ? new Receipt(rs.getString(1)) : null, idempotencyKey);
  }

  /** Executes the transfer once per key, committed at once: the bank's books, not the caller's. */
  private Receipt execute(Transfer transfer) {
    Receipt receipt = new Receipt("SIM-" + UUID.randomUUID());
    try {
      bankTransaction.executeWithoutResult(status -> jdbc.update("INSERT INTO simulated_bank_transfer "
          + "(idempotency_key, claim_number, amount, bank_reference, executed_at) VALUES (?, ?, ?, ?, ?)",
          transfer.idempotencyKey(), transfer.claimNumber(), transfer.amount(), receipt.bankReference(),
          Timestamp.from(clock.instant())));
    } catch (DuplicateKeyException sentTwiceAtOnce) {
      return bankTransaction.execute(status -> earlier(transfer.idempotencyKey()));
    }
    transfersExecuted.incrementAndGet();
    return receipt;
  }

  /** Makes the next {@code count} transfers fail as if the bank were down. */
  public void failNext(int count) {
    failuresToSimulate.set(count);
  }

  /** Makes the bank refuse transfers to this account, as if it were closed. */
  public void closeAccount(String accountNumber) {
    closedAccounts.add(accountNumber);
  }

  public void reopenAccount(String accountNumber) {
    closedAccounts.remove(accountNumber);
  }

  /** How many distinct transfers this node's simulated bank executed (each idempotency key once). */
  public int transfersExecuted() {
    return transfersExecuted.get();
  }
}
