package cn.insure.claims.claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A claim (理赔案件) as recorded in the claim table. Personal data is in clear here: mask on the way out. */
public record Claim(
    String claimNumber,
    String policyNumber,
    String productLine,
    String claimType,
    String channel,
    ClaimStatus status,
    boolean greenChannel,
    String catastropheEventId,
    String claimantName,
    String claimantPhone,
    String claimantEmail,
    String claimantIdNumber,
    LocalDate lossDate,
    String lossPlace,
    String regionCode,
    String peril,
    String lossCause,
    String lossDescription,
    BigDecimal claimedAmount,
    BigDecimal assessedAmount,
    BigDecimal approvedAmount,
    String coverageWarning,
    String payeeAccountName,
    String payeeBankName,
    String payeeAccountNumber,
    String missingDocuments,
    Instant documentsRequestedAt,
    Instant documentsCompleteAt,
    Instant determinationDueAt,
    boolean determinationBreached,
    String decision,
    Instant decidedAt,
    Instant paymentDueAt,
    String disputeReason,
    Instant disputedAt,
    Instant archivedAt,
    Instant createdAt) {

  /** The document types the checklist found missing when it was last applied (what may still be missing). */
  public List<String> checklistMissing() {
    return missingDocuments == null || missingDocuments.isBlank() ? List.of() : List.of(missingDocuments.split(","));
  }

  public boolean paysOnline() {
    return payeeAccountNumber != null && !payeeAccountNumber.isBlank();
  }

  public boolean archived() {
    return archivedAt != null;
  }
}
