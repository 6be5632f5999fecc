package cn.insure.claims.catastrophe;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.insure.claims.claim.ClaimSubmission;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A manager's declaration of a catastrophe ({@code POST /api/catastrophes}, or Tasklist's start
 * form {@code declareCatastrophe}). Grade, perils, limits and advance share may be left out: the
 * configured defaults ({@code claims.catastrophe.defaults.*}) apply.
 */
public record CatastropheDeclaration(
    @NotBlank @Size(max = 100) String name,
    Grade grade,
    @NotEmpty(message = "must name at least one region, e.g. 440300")
    @Size(max = 50, message = "at most 50 regions; name a province (440000) or city (440300) to cover many")
    List<@NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit administrative division code, e.g. 440300")
        String> regionCodes,
    @Size(max = 9) List<ClaimSubmission.@NotNull Peril> perils,
    @NotNull LocalDate lossFrom,
    @NotNull LocalDate lossTo,
    @DecimalMin(value = "0", message = "must be 0 or more CNY")
    @Digits(integer = 12, fraction = 2, message = "must have at most 2 decimals") BigDecimal fastTrackLimit,
    @DecimalMin(value = "0", message = "must be 0 or more CNY")
    @Digits(integer = 12, fraction = 2, message = "must have at most 2 decimals") BigDecimal autoSettlementLimit,
    @DecimalMin(value = "0", message = "must be a share between 0 and 1, e.g. 0.3")
    @DecimalMax(value = "1", message = "must be a share between 0 and 1, e.g. 0.3")
    @Digits(integer = 1, fraction = 4, message = "must have at most 4 decimals") BigDecimal advancePaymentShare) {
}
