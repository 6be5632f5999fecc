package cn.insure.claims.catastrophe;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.insure.claims.claim.ClaimSubmission;

/**
 * The configurable figures of the green channel ({@code claims.catastrophe.*}): the defaults of a
 * declaration, the regulator's payment target (30% of an event's claims paid or advance-paid
 * within a week) and how many claims one step of the event process handles.
 */
@Component
class CatastropheSettings {

  final Grade defaultGrade;
  final List<ClaimSubmission.Peril> defaultPerils;
  final BigDecimal defaultFastTrackLimit;
  final BigDecimal defaultAutoSettlementLimit;
  final BigDecimal defaultAdvancePaymentShare;
  final BigDecimal paymentTargetShare;
  final Period paymentTargetWithin;
  final int batchSize;

  CatastropheSettings(@Value("${claims.catastrophe.defaults.grade:MAJOR}") Grade defaultGrade,
      @Value("${claims.catastrophe.defaults.perils:TYPHOON,FLOOD,RAINSTORM}") List<ClaimSubmission.Peril> defaultPerils,
      @Value("${claims.catastrophe.defaults.fast-track-limit:10000}") BigDecimal defaultFastTrackLimit,
      @Value("${claims.catastrophe.defaults.auto-settlement-limit:3000}") BigDecimal defaultAutoSettlementLimit,
      @Value("${claims.catastrophe.defaults.advance-payment-share:0.3}") BigDecimal defaultAdvancePaymentShare,
      @Value("${claims.catastrophe.payment-target.share:0.30}") BigDecimal paymentTargetShare,
      @Value("${claims.catastrophe.payment-target.within:P7D}") Period paymentTargetWithin,
      @Value("${claims.catastrophe.batch-size:200}") int batchSize) {
    this.defaultGrade = defaultGrade;
    this.defaultPerils = List.copyOf(defaultPerils);
    this.defaultFastTrackLimit = defaultFastTrackLimit;
    this.defaultAutoSettlementLimit = defaultAutoSettlementLimit;
    this.defaultAdvancePaymentShare = defaultAdvancePaymentShare;
    this.paymentTargetShare = paymentTargetShare;
    this.paymentTargetWithin = paymentTargetWithin;
    this.batchSize = batchSize;
  }
}
