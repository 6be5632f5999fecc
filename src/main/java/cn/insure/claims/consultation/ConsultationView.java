package cn.insure.claims.consultation;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.insure.claims.system.privacy.PersonalData;

/**
 * A consultation as the API shows it. The customer view (for the channel that submitted it) says
 * where it stands and the answer; the staff view adds who handled it, the clock and the customer's
 * data, masked.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsultationView(String consultationNumber, String status, String statusText, String topic,
    Instant receivedAt, Instant firstResponseDue, String answer, String linkedClaimNumber,
    String linkedComplaintNumber, Staff staff) {

  /** What only staff see. */
  public record Staff(String channel, String submittedBy, String customerName, String customerPhone,
      String policyNumber, String claimNumber, String question, Instant firstRespondedAt, String firstRespondedBy,
      boolean firstResponseBreached, boolean handedToAdvisor, String answeredBy, String resolution, Instant closedAt,
      List<String> activeSteps) {
  }

  static ConsultationView customer(Consultation c) {
    return of(c, null);
  }

  static ConsultationView staff(Consultation c, List<String> activeSteps) {
    return of(c, new Staff(c.channel(), c.submittedBy(), c.customerName(), PersonalData.maskPhone(c.customerPhone()),
        c.policyNumber(), c.claimNumber(), PersonalData.maskText(c.question()), c.firstRespondedAt(),
        c.firstRespondedBy(), c.firstResponseBreached(), c.handedToAdvisor(), c.answeredBy(), c.resolution(),
        c.closedAt(), activeSteps));
  }

  private static ConsultationView of(Consultation c, Staff staff) {
    return new ConsultationView(c.consultationNumber(), c.status().name(), c.status().words(), c.topic(),
        c.receivedAt(), c.firstResponseDue(), c.answer(), c.linkedClaimNumber(), c.linkedComplaintNumber(), staff);
  }
}
