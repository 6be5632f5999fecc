package cn.insure.claims.catastrophe;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The report an event ends with, for the managers (事件总结报告): claims received and decided,
 * the regulator's target — the share of the event's claims paid or advance-paid within the target
 * period of their report, met or not — the amounts, and the average time from report to first
 * payment.
 *
 * @param claimsSwitched            claims that were running when the event was declared
 * @param sharePaidWithinTarget     claimsPaidWithinTarget / claimsReceived, 0 to 1
 * @param targetMet                 whether that share reached targetShare (an event without claims meets it)
 * @param averageHoursToPayment     from report to first payment over the paid claims, {@code null} when none was paid
 */
public record CatastropheReport(String eventId, Instant compiledAt, int claimsReceived, int claimsSwitched,
    int claimsDecided, int claimsApproved, int claimsRejected, int claimsSettledStraightThrough,
    int claimsPaidWithinTarget, BigDecimal sharePaidWithinTarget, BigDecimal targetShare, boolean targetMet,
    BigDecimal amountClaimed, BigDecimal amountApproved, BigDecimal amountPaid, BigDecimal amountAdvanced,
    BigDecimal averageHoursToPayment, String reviewedBy, Instant reviewedAt, String reviewComment) {
}
