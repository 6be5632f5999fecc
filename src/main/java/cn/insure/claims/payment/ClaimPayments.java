package cn.insure.claims.payment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pays claims and records every payment (赔付支付): online through the {@link PaymentGateway},
 * offline as recorded by finance. Each online payment carries an idempotency key that stays the
 * same across retries of the same step, so a retried payment never pays twice.
 */
@Service
public class ClaimPayments {

  /** Advance (预付/先予支付) or final payment. */
  public enum Kind { ADVANCE, FINAL }

  /** A recorded payment. */
  public record Payment(String paymentId, String claimNumber, Kind kind, String method, BigDecimal amount,
      String status, String idempotencyKey, String reference, Instant paidAt, String receivedBy,
      String receiptNumber) {
  }

  /** Whom to pay. */
  public record Payee(String accountName, String bankName, String accountNumber) {
  }

  private final NamedParameterJdbcTemplate jdbc;
  private final PaymentGateway gateway;
  private final Clock clock;

  ClaimPayments(NamedParameterJdbcTemplate jdbc, PaymentGateway gateway, Clock clock) {
    this.jdbc = jdbc;
    this.gateway = gateway;
    this.clock = clock;
  }

  /** Pays {@code amount} online; returns the payment, or the earlier one if this step already paid. */
  @Transactional
  public Payment payOnline(String claimNumber, Kind kind, BigDecimal amount, Payee payee) {
    // Numbered by the payments of this kind already committed: a retry after a rollback reuses the key.
    String key = claimNumber + "-" + kind + "-" + (paid(claimNumber).stream().filter(p -> p.kind() == kind).count() + 1);
    PaymentGateway.Receipt receipt = gateway.transfer(new PaymentGateway.Transfer(key, claimNumber, amount, "CNY",
        payee.accountName(), payee.bankName(), payee.accountNumber()));
    return insert(claimNumber, kind, "ONLINE", amount, key, receipt.bankReference(), clock.instant(), null, null);
  }

  @Transactional
  public Payment recordOffline(String claimNumber, Kind kind, BigDecimal amount, Instant paidAt, String receivedBy,
      String receiptNumber) {
    String key = claimNumber + "-" + kind + "-OFFLINE-" + receiptNumber;
    return insert(claimNumber, kind, "OFFLINE", amount, key, receiptNumber, paidAt, receivedBy, receiptNumber);
  }

  public List<Payment> paid(String claimNumber) {
    return jdbc.query("SELECT * FROM claim_payment WHERE claim_number = :n AND status = 'PAID' ORDER BY seq",
        Map.of("n", claimNumber), (rs, i) -> new Payment(rs.getString("payment_id"), rs.getString("claim_number"),
            Kind.valueOf(rs.getString("kind")), rs.getString("method"), rs.getBigDecimal("amount"),
            rs.getString("status"), rs.getString("idempotency_key"), rs.getString("gateway_reference"),
            rs.getTimestamp("paid_at") == null ? null : rs.getTimestamp("paid_at").toInstant(),
            rs.getString("received_by"), rs.getString("receipt_number")));
  }

  public BigDecimal totalPaid(String claimNumber) {
    return paid(claimNumber).stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private Payment insert(String claimNumber, Kind kind, String method, BigDecimal amount, String key,
      String reference, Instant paidAt, String receivedBy, String receiptNumber) {
    Payment payment = new Payment(UUID.randomUUID().toString(), claimNumber, kind, method, amount, "PAID", key,
        reference, paidAt, receivedBy, receiptNumber);
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
