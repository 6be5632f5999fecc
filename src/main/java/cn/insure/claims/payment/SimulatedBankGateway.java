package cn.insure.claims.payment;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A SIMULATED bank: it moves no money. It stands in for the bank's payment API until a real
 * adapter is configured ({@code claims.payment.gateway}), remembers transfers by idempotency key
 * like a real bank would, and can be told to fail (a rate, or the next n calls) so that
 * incidents and retries can be shown in Cockpit.
 */
@Component
@ConditionalOnProperty(name = "claims.payment.gateway", havingValue = "simulated", matchIfMissing = true)
public class SimulatedBankGateway implements PaymentGateway {

  private static final Logger log = LoggerFactory.getLogger(SimulatedBankGateway.class);

  private final Map<String, Receipt> executed = new ConcurrentHashMap<>();
  private final AtomicInteger failuresToSimulate = new AtomicInteger();
  private final AtomicInteger transfersExecuted = new AtomicInteger();
  private volatile double failureRate;

  SimulatedBankGateway(@Value("${claims.payment.simulated.failure-rate:0}") double failureRate) {
    this.failureRate = failureRate;
  }

  @Override
  public Receipt transfer(Transfer transfer) {
    Receipt earlier = executed.get(transfer.idempotencyKey());
    if (earlier != null) {
      return earlier;
    }
    if (failuresToSimulate.getAndUpdate(n -> Math.max(0, n - 1)) > 0
        || ThreadLocalRandom.current().nextDouble() < failureRate) {
      throw new IllegalStateException("Simulated bank unavailable (simulation: no money moved)");
    }
    Receipt receipt = executed.computeIfAbsent(transfer.idempotencyKey(), key -> {
      transfersExecuted.incrementAndGet();
      return new Receipt("SIM-" + UUID.randomUUID());
    });
    log.info("SIMULATED bank transfer {} CNY for {} (no money moved), reference {}", transfer.amount(),
        transfer.claimNumber(), receipt.bankReference());
    return receipt;
  }

  /** Makes the next {@code count} transfers fail as if the bank were down. */
  public void failNext(int count) {
    failuresToSimulate.set(count);
  }

  public void setFailureRate(double failureRate) {
    this.failureRate = failureRate;
  }

  /** How many distinct transfers the simulated bank executed (each idempotency key once). */
  public int transfersExecuted() {
    return transfersExecuted.get();
  }
}
