package cn.insure.claims.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A complaint as channel systems submit it ({@code POST /api/complaints}) and complaints officers
 * enter it in Tasklist (start form {@code complaintIntake}). Policy and claim numbers are optional;
 * the category is optional too: triage decides it when it is absent.
 */
public record ComplaintSubmission(
    @NotNull Channel channel,
    @NotNull @Valid Complainant complainant,
    @Pattern(regexp = "P-[A-Z]+-\\d{4}-\\d{6}", message = "must look like P-MED-2026-000001") String policyNumber,
    @Pattern(regexp = "CLM-\\d{8}-\\d{6}", message = "must look like CLM-20261122-000001") String claimNumber,
    Category category,
    @NotBlank @Size(max = 200) String subject,
    @NotBlank @Size(max = 4000) String description,
    @Size(max = 1000) String requestedOutcome,
    @Min(value = 1, message = "must be at least 1") @Max(value = 100000, message = "must be at most 100000")
    Integer complainantCount) {

  /** Where the complaint came in (投诉渠道). */
  public enum Channel { PHONE, ONLINE, ONSITE, EMAIL }

  /** 投诉类别: service, product, claims, consultation. */
  public enum Category { SERVICE, PRODUCT, CLAIMS, CONSULTATION }

  /** The complainant (投诉人); reachable by phone or e-mail, at least one of them. */
  public record Complainant(
      @NotBlank @Size(max = 100) String name,
      @Pattern(regexp = "1[3-9]\\d{9}", message = "must be an 11-digit mainland mobile number") String phone,
      @Email(message = "must be an e-mail address") @Size(max = 200) String email) {

    boolean reachable() {
      return phone != null && !phone.isBlank() || email != null && !email.isBlank();
    }
  }

  /** The number of people the complaint speaks for; one unless stated. */
  public int complainants() {
    return complainantCount == null ? 1 : complainantCount;
  }
}
