package cn.insure.claims.claim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.insure.claims.numbering.CaseNumbers;
import cn.insure.claims.payment.ClaimPayments;
import cn.insure.claims.payment.PaymentGateway;
import cn.insure.claims.system.privacy.PersonalData;

/**
 * The payment steps of the claims process: the green channel's and the statutory advance, the final
 * payment online, finance's payee correction and the offline payment; each payment goes on the
 * claim's timeline and to the claimant as a notice. Called by the payment delegates in
 * {@code claim.process}, in the engine's transaction.
 */
@Service
public class ClaimPaymentSteps {

  private final ClaimRepository claims;
  private final ClaimPayments payments;
  private final ClaimNotices notices;
  private final Clock clock;

  ClaimPaymentSteps(ClaimRepository claims, ClaimPayments payments, ClaimNotices notices, Clock clock) {
    this.claims = claims;
    this.payments = payments;
    this.notices = notices;
    this.clock = clock;
  }

  /**
   * The advance (预付赔款) of a green-channel claim once its first review assessed the amount: the
   * event's share of the assessed amount, paid online; the final payment later pays the rest.
   */
  public Optional<ClaimPayments.Payment> payGreenChannelAdvance(String claimNumber, BigDecimal share) {
    Claim claim = claims.require(claimNumber);
    BigDecimal amount = ClaimService.orZero(claim.assessedAmount()).multiply(share).setScale(2, RoundingMode.HALF_UP);
    return amount.signum() > 0 ? Optional.of(payOnline(claimNumber, ClaimPayments.Kind.ADVANCE, amount))
        : Optional.empty();
  }

  /** An approved advance that came due only after the claim was decided: the final payment pays it all. */
  public void recordAdvanceNotNeeded(String claimNumber) {
    claims.addEvent(claimNumber, clock.instant(), "ADVANCE_NOT_NEEDED", "已核定，不再先予支付，由最终赔款一并支付 "
        + "Decided meanwhile: no advance, the final payment pays the approved amount", null);
  }

  /** What the approved amount leaves to pay after the payments made (advances included). */
  public BigDecimal amountStillToPay(String claimNumber) {
    return amountStillToPay(claims.require(claimNumber));
  }

  public BigDecimal amountStillToPay(Claim claim) {
    return ClaimService.orZero(claim.approvedAmount()).subtract(payments.totalPaid(claim.claimNumber()))
        .max(BigDecimal.ZERO);
  }

  /**
   * Pays online to the claim's payee account.
   *
   * @throws PaymentGateway.TransferRejectedException if the bank refuses the account (recorded on the timeline)
   */
  public ClaimPayments.Payment payOnline(String claimNumber, ClaimPayments.Kind kind, BigDecimal amount) {
    Claim claim = claims.require(claimNumber);
    ClaimPayments.Payment payment;
    try {
      payment = payments.payOnline(claimNumber, kind, amount, new ClaimPayments.Payee(claim.payeeAccountName(),
          claim.payeeBankName(), claim.payeeAccountNumber()));
    } catch (PaymentGateway.TransferRejectedException e) {
      claims.addEvent(claimNumber, clock.instant(), "PAYMENT_REJECTED", "银行拒绝支付，由财务核实收款账户 Payment "
          + "refused by the bank; finance checks the payee account: " + e.getMessage(), null);
      throw e;
    }
    paid(claim, payment);
    return payment;
  }

  /** Finance corrected the payee account after the bank refused a payment. */
  public void correctPayee(String claimNumber, String accountName, String bankName, String accountNumber,
      String correctedBy) {
    claims.correctPayee(claimNumber, accountName, bankName, accountNumber);
    claims.addEvent(claimNumber, clock.instant(), "PAYEE_CORRECTED", "收款账户已更正为 " + bankName + " "
        + PersonalData.maskAccount(accountNumber) + " Payee account corrected", correctedBy);
  }

  public ClaimPayments.Payment recordOfflinePayment(String claimNumber, LocalDate paidOn, String receivedBy,
      String receiptNumber, String recordedBy) {
    Claim claim = claims.require(claimNumber);
    ClaimPayments.Payment payment = payments.recordOffline(claimNumber, ClaimPayments.Kind.FINAL,
        amountStillToPay(claim), paidOn.atStartOfDay(CaseNumbers.BUSINESS_ZONE).toInstant(), receivedBy,
        receiptNumber);
    claims.addEvent(claimNumber, clock.instant(), "OFFLINE_PAYMENT_RECORDED", "线下支付已登记，收据号 " + receiptNumber
        + " Offline payment recorded", recordedBy);
    paid(claim, payment);
    return payment;
  }

  private void paid(Claim claim, ClaimPayments.Payment payment) {
    if (payment.kind() == ClaimPayments.Kind.FINAL) {
      claims.markPaid(claim.claimNumber());
    }
    claims.addEvent(claim.claimNumber(), clock.instant(), "PAID_" + payment.kind(), "已支付 " + payment.amount()
        .toPlainString() + " CNY（" + payment.method() + "，" + payment.kind() + "） Paid, reference "
        + payment.reference(), null);
    notices.notify(claim, "PAYMENT_MADE", "claim/payment-made", Map.of("amount", payment.amount().toPlainString(),
        "paidDate", ClaimNotices.day(payment.paidAt()), "paymentMethod", "ONLINE".equals(payment.method())
            ? "转账至 " + claim.payeeBankName() + " 账户 " + PersonalData.maskAccount(claim.payeeAccountNumber()) : "线下领取",
        "paymentKind", payment.kind() == ClaimPayments.Kind.ADVANCE ? "先予支付/预付赔款 Advance" : "赔款 Final"));
  }
}
