package cn.insure.claims.system.privacy;

import java.time.Instant;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.insure.claims.system.identity.Roles;
import cn.insure.claims.system.security.CallerGroups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * {@code /api/audit/personal-data-reads}: who read which customer's case, when and how — for
 * administrators only (the record of reads is itself sensitive: it shows who works on what).
 */
@RestController
@RequestMapping("/api/audit/personal-data-reads")
@Tag(name = "审计 Audit", description = "Reads of customers' personal data by staff")
class PersonalDataReadsController {

  record ReadPage(List<PersonalDataReads.Read> items, int page, int size, long totalItems) {
  }

  private final PersonalDataReads reads;

  PersonalDataReadsController(PersonalDataReads reads) {
    this.reads = reads;
  }

  @GetMapping
  @Operation(summary = "Reads of a case's personal data by staff, newest first",
      description = "Filter by case number, user, and time [from, to) (ISO-8601 instants). Each read: when, who, "
          + "which case, which process, how (API_VIEW, LIST, DOCUMENT, PROCESS_VARIABLES).")
  @ApiResponse(responseCode = "200", description = "A page of reads")
  @ApiResponse(responseCode = "400", description = "A filter too long, a time not ISO-8601, page or size out of range")
  @ApiResponse(responseCode = "403", description = "Not an administrator")
  ReadPage list(@RequestParam(required = false) @Size(max = 64, message = "at most 64 characters") String caseNumber,
      @RequestParam(required = false) @Size(max = 64, message = "at most 64 characters") String userId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
      @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more")
      @Max(value = 100_000, message = "must be at most 100000") int page,
      @RequestParam(defaultValue = "50") @Min(value = 1, message = "must be between 1 and 200")
      @Max(value = 200, message = "must be between 1 and 200") int size, Authentication caller) {
    CallerGroups.requireAny(caller, List.of(Roles.CAMUNDA_ADMIN), "Reading the record of personal-data reads");
    String byCase = caseNumber == null || caseNumber.isBlank() ? null : caseNumber.trim();
    String byUser = userId == null || userId.isBlank() ? null : userId.trim();
    return new ReadPage(reads.find(byCase, byUser, from, to, page * size, size), page, size,
        reads.count(byCase, byUser, from, to));
  }
}
