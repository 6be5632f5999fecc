package cn.insure.claims.payment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pays claims and records every payment (赔付支付): online through the {@link PaymentGateway},
 * offline as recorded by finance. Each online payment carries an idempotency key that stays the
 * same across retries of the same step, so a retried payment never pays twice.
 */
@Service
public class ClaimPayments {

  /** Advance (预付/先予支付) or final payment. */
  public enum Kind { ADVANCE, FINAL }

  /** A recorded payment, or (status REJECTED) a transfer the bank refused, with the reason. */
  public record Payment(String paymentId, String claimNumber, Kind kind, String method, BigDecimal amount,
      String status, String idempotencyKey, String reference, Instant paidAt, String receivedBy,
      String receiptNumber, String failureReason) {
  }

  /** Whom to pay. */
  public record Payee(String accountName, String bankName, String accountNumber) {
  }

  private final NamedParameterJdbcTemplate jdbc;
  private final PaymentGateway gateway;
  private final Clock clock;
  private final TransactionTemplate replyTransaction;

  ClaimPayments(NamedParameterJdbcTemplate jdbc, PaymentGateway gateway, Clock clock,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.replyTransaction = new TransactionTemplate(transactions);
    this.replyTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.gateway = gateway;
    this.clock = clock;
  }

  /**
   * Pays {@code amount} online; returns the payment, or the earlier one if this step already paid.
   *
   * @throws PaymentGateway.TransferRejectedException if the bank refuses the payee for good; the
   *     refused attempt is recorded (and stays recorded: the caller's transaction is not rolled back)
   */
  @Transactional(noRollbackFor = PaymentGateway.TransferRejectedException.class)
  public Payment payOnline(String claimNumber, Kind kind, BigDecimal amount, Payee payee) {
    // Numbered by the attempts of this kind already committed (paid or refused): a retry after a
    // rollback reuses the key, so the bank pays it once; the attempt after a refusal, to the
    // corrected account, is a new transfer with a new key.
    String key = claimNumber + "-" + kind + "-" + (attempts(claimNumber, kind) + 1);
    PaymentGateway.Receipt receipt;
    try {
      receipt = gateway.transfer(new PaymentGateway.Transfer(key, claimNumber, amount, "CNY", payee.accountName(),
          payee.bankName(), payee.accountNumber()));
    } catch (PaymentGateway.TransferRejectedException e) {
      jdbc.update("INSERT INTO claim_payment (payment_id, claim_number, kind, method, amount, status, idempotency_key, "
          + "failure_reason, created_at) VALUES (:id, :n, :kind, 'ONLINE', :amount, 'REJECTED', :key, :reason, :now)",
          new MapSqlParameterSource().addValue("id", UUID.randomUUID().toString()).addValue("n", claimNumber)
              .addValue("kind", kind.name()).addValue("amount", amount).addValue("key", key)
              .addValue("reason", abbreviate(e.getMessage(), 500)).addValue("now", Timestamp.from(clock.instant())));
      throw e;
    }
    keepReply(claimNumber, key, receipt.bankReference());
    return insert(claimNumber, kind, "ONLINE", amount, key, receipt.bankReference(), clock.instant(), null, null);
  }

  /**
   * Keeps the bank's answer at once, in its own transaction: if this node dies before the payment
   * step commits, the step is retried (by another node) with the same key, and the record still
   * holds every reference the bank gave.
   */
  private void keepReply(String claimNumber, String key, String bankReference) {
    replyTransaction.executeWithoutResult(status -> jdbc.update("INSERT INTO claim_payment_bank_reply "
        + "(claim_number, idempotency_key, bank_reference, received_at) VALUES (:n, :key, :reference, :now)",
        new MapSqlParameterSource().addValue("n", claimNumber).addValue("key", key)
            .addValue("reference", bankReference).addValue("now", Timestamp.from(clock.instant()))));
  }

  /** Every reference the bank answered for this claim's transfers, oldest first (one per key when the bank honours keys). */
  public List<String> bankReferences(String claimNumber) {
    return jdbc.queryForList("SELECT bank_reference FROM claim_payment_bank_reply WHERE claim_number = :n ORDER BY seq",
        Map.of("n", claimNumber), String.class);
  }

  private long attempts(String claimNumber, Kind kind) {
    Long attempts = jdbc.queryForObject("SELECT COUNT(*) FROM claim_payment WHERE claim_number = :n AND kind = :kind "
        + "AND method = 'ONLINE'", Map.of("n", claimNumber, "kind", kind.name()), Long.class);
    return attempts == null ? 0 : attempts;
  }

  /** The transfers the bank refused, with the reason, oldest first. */
  public List<Payment> refused(String claimNumber) {
    return jdbc.query("SELECT * FROM claim_payment WHERE claim_number = :n AND status = 'REJECTED' ORDER BY seq",
        Map.of("n", claimNumber), PAYMENT);
  }

  @Transactional
  public Payment recordOffline(String claimNumber, Kind kind, BigDecimal amount, Instant paidAt, String receivedBy,
      String receiptNumber) {
    String key = claimNumber + "-" + kind + "-OFFLINE-" + receiptNumber;
    return insert(claimNumber, kind, "OFFLINE", amount, key, receiptNumber, paidAt, receivedBy, receiptNumber);
  }

  public List<Payment> paid(String claimNumber) {
    return jdbc.query("SELECT * FROM claim_payment WHERE claim_number = :n AND status = 'PAID' ORDER BY seq",
        Map.of("n", claimNumber), PAYMENT);
  }

  private static final RowMapper<Payment> PAYMENT = (rs, i) -> new Payment(rs.getString("payment_id"),
      rs.getString("claim_number"), Kind.valueOf(rs.getString("kind")), rs.getString("method"),
      rs.getBigDecimal("amount"), rs.getString("status"), rs.getString("idempotency_key"),
      rs.getString("gateway_reference"), rs.getTimestamp("paid_at") == null ? null : rs.getTimestamp("paid_at").toInstant(),
      rs.getString("received_by"), rs.getString("receipt_number"), rs.getString("failure_reason"));

  private static String abbreviate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  public BigDecimal totalPaid(String claimNumber) {
    return paid(claimNumber).stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private Payment insert(String claimNumber, Kind kind, String method, BigDecimal amount, String key,
      String reference, Instant paidAt, String receivedBy, String receiptNumber) {
    Payment payment = new Payment(UUID.randomUUID().toString(), claimNumber, kind, method, amount, "PAID", key,
        reference, paidAt, receivedBy, receiptNumber, null);
    jdbc.update("INSERT INTO claim_payment (payment_id, claim_number, kind, method, amount, status, idempotency_key, "
        + "gateway_reference, paid_at, received_by, receipt_number, created_at) VALUES (:id, :n, :kind, :method, "
        + ":amount, 'PAID', :key, :reference, :paidAt, :receivedBy, :receipt, :now)", new MapSqlParameterSource()
            .addValue("id", payment.paymentId()).addValue("n", claimNumber).addValue("kind", kind.name())
            .addValue("method", method).addValue("amount", amount).addValue("key", key)
            .addValue("reference", reference).addValue("paidAt", Timestamp.from(paidAt))
            .addValue("receivedBy", receivedBy).addValue("receipt", receiptNumber)
            .addValue("now", Timestamp.from(clock.instant())));
    return payment;
  }
}
