package cn.insure.claims.consultation;

import java.time.Instant;

/** A consultation as stored (table {@code consultation}); the phone number is in clear only here. */
public record Consultation(String consultationNumber, String channel, String submittedBy, String customerName,
    String customerPhone, String policyNumber, String claimNumber, String topic, String question,
    ConsultationStatus status, Instant receivedAt, Instant firstResponseDue, Instant firstRespondedAt,
    String firstRespondedBy, boolean firstResponseBreached, boolean handedToAdvisor, String answeredBy, String answer,
    String resolution, String linkedClaimNumber, String linkedComplaintNumber, Instant closedAt) {
}
