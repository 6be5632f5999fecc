package cn.insure.claims.catastrophe;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.insure.claims.numbering.CaseNumbers;

/**
 * A declared catastrophe (巨灾事件): where and by which perils, the loss period, and the green
 * channel's limits. While it is {@link Status#OPEN}, matching claims are green-channel claims.
 *
 * @param regionCodes         administrative division codes at province, city or district level
 * @param lossTo              last day of the loss period; the event closes itself at its end
 * @param advancePaymentShare share of the assessed amount paid in advance, 0.3 = 30%
 */
public record CatastropheEvent(String eventId, String name, Grade grade, List<String> regionCodes,
    List<String> perils, LocalDate lossFrom, LocalDate lossTo, BigDecimal fastTrackLimit,
    BigDecimal autoSettlementLimit, BigDecimal advancePaymentShare, Status status, String declaredBy,
    Instant declaredAt, String closedBy, Instant closedAt, String closeReason) {

  /** Open for green-channel claims, or closed by a manager or the end of its period. */
  public enum Status { OPEN, CLOSED }

  public CatastropheEvent {
    regionCodes = List.copyOf(regionCodes);
    perils = List.copyOf(perils);
  }

  /** The end of the loss period: midnight after {@code lossTo}, China Standard Time. */
  public Instant endsAt() {
    return lossTo.plusDays(1).atStartOfDay(CaseNumbers.BUSINESS_ZONE).toInstant();
  }

  public boolean open() {
    return status == Status.OPEN;
  }

  public boolean coversRegion(String claimRegion) {
    return regionCodes.stream().anyMatch(region -> Regions.covers(region, claimRegion));
  }

  public boolean coversPeril(String peril) {
    return perils.contains(peril);
  }

  public boolean coversLossDate(LocalDate lossDate) {
    return lossDate != null && !lossDate.isBefore(lossFrom) && !lossDate.isAfter(lossTo);
  }
}
