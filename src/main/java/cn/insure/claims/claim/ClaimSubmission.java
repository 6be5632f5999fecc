package cn.insure.claims.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.insure.claims.policy.ProductLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A claim as channel systems submit it ({@code POST /api/claims}) and staff enter it in Tasklist. */
public record ClaimSubmission(
    @NotBlank @Pattern(regexp = "P-[A-Z]+-\\d{4}-\\d{6}", message = "must look like P-MED-2026-000001")
    String policyNumber,
    @NotNull Channel channel,
    @NotNull @Valid Claimant claimant,
    @NotNull @Valid Loss loss,
    @NotNull ProductLine productLine,
    @NotNull ClaimType claimType,
    @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01 CNY")
    @DecimalMax(value = "100000000", message = "must be at most 100,000,000 CNY")
    @Digits(integer = 12, fraction = 2, message = "must have at most 2 decimals") BigDecimal claimedAmount,
    @Valid Payee payee,
    @Size(max = 20, message = "at most 20 documents per request") List<@Valid DocumentUpload> documents) {

  /** Where the claim came in. */
  public enum Channel { PHONE, WEB, APP, WECHAT, BRANCH }

  /** 理赔类型. */
  public enum ClaimType {
    HOSPITALISATION, OUTPATIENT, INJURY, DISABILITY, DEATH, CRITICAL_ILLNESS, PROPERTY_DAMAGE, THEFT, VEHICLE_DAMAGE
  }

  /** 出险原因类别. */
  public enum Peril { ILLNESS, ACCIDENT, FIRE, THEFT, TYPHOON, FLOOD, RAINSTORM, EARTHQUAKE, COLLISION }

  public record Claimant(
      @NotBlank @Size(max = 100) String name,
      @NotBlank @Pattern(regexp = "1[3-9]\\d{9}", message = "must be an 11-digit mainland mobile number") String phone,
      @Email(message = "must be an e-mail address") @Size(max = 200) String email,
      @NotBlank @Pattern(regexp = "\\d{17}[\\dX]", message = "must be an 18-character resident ID number")
      String idNumber) {
  }

  public record Loss(
      @NotNull @PastOrPresent(message = "must not be in the future") LocalDate date,
      @NotBlank @Size(max = 200) String place,
      @NotBlank @Pattern(regexp = "\\d{6}", message = "must be a 6-digit administrative division code")
      String regionCode,
      @NotNull Peril peril,
      @NotBlank @Size(max = 500) String cause,
      @Size(max = 4000) String description) {
  }

  public record Payee(
      @NotBlank @Size(max = 100) String accountName,
      @NotBlank @Size(max = 100) String bankName,
      @NotBlank @Pattern(regexp = "\\d{12,19}", message = "must be 12 to 19 digits") String accountNumber) {
  }

  public record DocumentUpload(
      @NotBlank @Size(max = 32) String type,
      @NotBlank @Size(max = 255) String fileName,
      @NotBlank String contentBase64) {
  }
}
