package cn.insure.claims.claim;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.insure.claims.numbering.CaseNumbers;

/**
 * The statutory clocks of the Insurance Law (arts. 22–25), configurable, with the law's figures as
 * defaults. The claims process reads its timer durations and dates from here (bean
 * {@code claimClocks}), so an analyst sees in the model which clock a timer keeps.
 */
@Component("claimClocks")
public class ClaimClocks {

  private final Period documentsResponsePeriod;
  private final Period determinationWarning;
  private final Period determinationPeriod;
  private final Period advancePaymentAfter;
  private final Period paymentPeriod;
  private final Period rejectionNoticePeriod;
  private final Period disputeWindow;

  ClaimClocks(@Value("${claims.documents.response-period:P15D}") Period documentsResponsePeriod,
      @Value("${claims.determination.warning-after:P25D}") Period determinationWarning,
      @Value("${claims.determination.period:P30D}") Period determinationPeriod,
      @Value("${claims.advance-payment.after:P60D}") Period advancePaymentAfter,
      @Value("${claims.payment.period:P10D}") Period paymentPeriod,
      @Value("${claims.rejection-notice.period:P3D}") Period rejectionNoticePeriod,
      @Value("${claims.dispute.window:P30D}") Period disputeWindow) {
    this.documentsResponsePeriod = documentsResponsePeriod;
    this.determinationWarning = determinationWarning;
    this.determinationPeriod = determinationPeriod;
    this.advancePaymentAfter = advancePaymentAfter;
    this.paymentPeriod = paymentPeriod;
    this.rejectionNoticePeriod = rejectionNoticePeriod;
    this.disputeWindow = disputeWindow;
  }

  /** ISO-8601 duration the claimant has to send missing documents (timer on the wait). */
  public String getDocumentsResponsePeriod() {
    return documentsResponsePeriod.toString();
  }

  /** Half of the response period: when the reminder goes out. */
  public String getDocumentsReminder() {
    return Duration.ofDays(documentsResponsePeriod.getDays()).dividedBy(2).toString();
  }

  public String getDisputeWindow() {
    return disputeWindow.toString();
  }

  public Instant determinationWarningAt(Instant documentsComplete) {
    return plus(documentsComplete, determinationWarning);
  }

  public Instant determinationDueAt(Instant documentsComplete) {
    return plus(documentsComplete, determinationPeriod);
  }

  public Instant advancePaymentAt(Instant documentsComplete) {
    return plus(documentsComplete, advancePaymentAfter);
  }

  public Instant paymentDueAt(Instant decided) {
    return plus(decided, paymentPeriod);
  }

  public Instant rejectionNoticeDueAt(Instant decided) {
    return plus(decided, rejectionNoticePeriod);
  }

  public Instant documentsDueAt(Instant requested) {
    return plus(requested, documentsResponsePeriod);
  }

  private static Instant plus(Instant start, Period period) {
    return ZonedDateTime.ofInstant(start, CaseNumbers.BUSINESS_ZONE).plus(period).toInstant();
  }
}
