package cn.insure.claims.claim;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.insure.claims.system.identity.Roles;
import cn.insure.claims.system.security.CallerGroups;
import io.swagger.v3.oas.annotations.Operation;

/**
 * {@code /api/claims/{claimNumber}/archive}: the archive of a closed claim, for audit — claims
 * supervisors and managers, quality inspectors and administrators.
 */
@RestController
@RequestMapping("/api/claims/{claimNumber}/archive")
class ClaimArchiveController {

  static final List<String> AUDITORS = List.of(Roles.CLAIMS_SUPERVISORS, Roles.CLAIMS_MANAGERS,
      Roles.QUALITY_INSPECTORS, Roles.CAMUNDA_ADMIN);

  private final ClaimArchive archive;

  ClaimArchiveController(ClaimArchive archive) {
    this.archive = archive;
  }

  @GetMapping("/verify")
  @Operation(summary = "Verify an archived claim (归档核验)", description = "Recomputes the SHA-256 of the manifest "
      + "and of every document, in the archive package and in the database, and lists each mismatch. 404 unknown "
      + "claim, 409 not archived yet.")
  ClaimArchive.Verification verify(@PathVariable String claimNumber, Authentication caller) {
    CallerGroups.requireAny(caller, AUDITORS, "Verifying claim archives");
    return archive.verify(claimNumber);
  }
}
