package cn.insure.claims.consultation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A consultation as channel systems submit it ({@code POST /api/consultations}) and customer service
 * enters it in Tasklist (start form {@code consultationIntake}). Policy and claim numbers are optional.
 */
public record ConsultationSubmission(
    @NotNull Channel channel,
    @NotNull @Valid Customer customer,
    @Pattern(regexp = "P-[A-Z]+-\\d{4}-\\d{6}", message = "must look like P-MED-2026-000001") String policyNumber,
    @Pattern(regexp = "CLM-\\d{8}-\\d{6}", message = "must look like CLM-20261122-000001") String claimNumber,
    @NotNull Topic topic,
    @NotBlank @Size(max = 2000) String question) {

  /** Where the question came in. */
  public enum Channel { PHONE, WEB, APP, WECHAT, COUNTER }

  /** What the question is about (咨询类别). */
  public enum Topic { POLICY, PRODUCT, CLAIMS_PROCESS, CLAIM_STATUS, OTHER }

  /** The customer who asks; answered by SMS to this number. */
  public record Customer(
      @NotBlank @Size(max = 100) String name,
      @NotBlank @Pattern(regexp = "1[3-9]\\d{9}", message = "must be an 11-digit mainland mobile number")
      String phone) {
  }
}
