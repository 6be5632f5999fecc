package cn.insure.claims.claim;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.insure.claims.payment.ClaimPayments;
import cn.insure.claims.system.errors.ApiException;
import cn.insure.claims.system.errors.ApiProblems;
import cn.insure.claims.system.identity.Roles;
import cn.insure.claims.system.security.CallerGroups;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code /api/claims}: the claims API of channel systems (web, app, WeChat, call centre) and staff.
 * Submitting and changing claims is for channels and claims staff; reading also for finance,
 * quality inspectors and complaints officers. Personal data leaves masked.
 */
@RestController
@RequestMapping("/api/claims")
@Validated
class ClaimController {

  static final List<String> SUBMITTERS = List.of(Roles.CHANNEL_SYSTEMS, Roles.CLAIMS_SPECIALISTS, Roles.CAMUNDA_ADMIN);
  static final List<String> READERS = List.of(Roles.CHANNEL_SYSTEMS, Roles.CLAIMS_SPECIALISTS,
      Roles.CLAIMS_SUPERVISORS, Roles.CLAIMS_MANAGERS, Roles.FINANCE, Roles.QUALITY_INSPECTORS,
      Roles.COMPLAINTS_OFFICERS, Roles.COMPLAINTS_SUPERVISORS, Roles.CAMUNDA_ADMIN);

  /** The answer to a submission. */
  record ClaimReceipt(String claimNumber, String status, ClaimView.Stage stage, boolean greenChannel,
      List<String> missingDocuments, ClaimView.DueDates dueDates) {
  }

  record ClaimPage(List<ClaimView> items, int page, int size, long totalItems, long totalPages) {
  }

  record Dispute(@NotBlank(message = "must say why the decision is disputed") @Size(max = 2000) String reason) {
  }

  private final ClaimService claimService;
  private final ClaimRepository claims;
  private final ClaimDocuments documents;
  private final ClaimPayments payments;
  private final RuntimeService runtimeService;
  private final ClaimClocks clocks;

  ClaimController(ClaimService claimService, ClaimRepository claims, ClaimDocuments documents, ClaimPayments payments,
      RuntimeService runtimeService, ClaimClocks clocks) {
    this.clocks = clocks;
    this.claimService = claimService;
    this.claims = claims;
    this.documents = documents;
    this.payments = payments;
    this.runtimeService = runtimeService;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ClaimReceipt> submit(@Valid @RequestBody ClaimSubmission submission,
      @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String idempotencyKey,
      Authentication caller) {
    CallerGroups.requireAny(caller, SUBMITTERS, "Submitting claims");
    ClaimService.Submitted submitted = claimService.submit(submission, idempotencyKey, caller.getName());
    ClaimView view = view(submitted.claim().claimNumber());
    ClaimReceipt receipt = new ClaimReceipt(view.claimNumber(), view.status(), view.stage(), view.greenChannel(),
        view.missingDocuments(), view.dueDates());
    return ResponseEntity.status(submitted.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(URI.create("/api/claims/" + view.claimNumber())).body(receipt);
  }

  @GetMapping("/{claimNumber}")
  ClaimView claim(@PathVariable String claimNumber, Authentication caller) {
    CallerGroups.requireAny(caller, READERS, "Reading claims");
    return view(claimNumber);
  }

  @GetMapping
  ClaimPage claims(@RequestParam(required = false) ClaimStatus status,
      @RequestParam(required = false) String policyNumber,
      @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") int page,
      @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100")
      @Max(value = 100, message = "must be between 1 and 100") int size, Authentication caller) {
    CallerGroups.requireAny(caller, READERS, "Reading claims");
    String statusName = status == null ? null : status.name();
    String policy = policyNumber == null || policyNumber.isBlank() ? null : policyNumber.trim();
    long total = claims.count(statusName, policy);
    List<ClaimView> items = claims.list(statusName, policy, page, size).stream()
        .map(claim -> view(claim.claimNumber())).toList();
    return new ClaimPage(items, page, size, total, (total + size - 1) / size);
  }

  @PostMapping(path = "/{claimNumber}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ClaimView.Document> upload(@PathVariable String claimNumber, @RequestPart("file") MultipartFile file,
      @RequestParam("type") @NotBlank @Size(max = 32) String type, Authentication caller) throws IOException {
    CallerGroups.requireAny(caller, SUBMITTERS, "Sending claim documents");
    if (file.isEmpty()) {
      throw new ApiException(ApiProblems.invalid("The file is empty",
          List.of(new ApiProblems.FieldError("file", "must contain the scanned document"))));
    }
    ClaimDocuments.Document document = claimService.addDocument(claimNumber, type, file.getOriginalFilename() == null
        ? type : file.getOriginalFilename(), file.getBytes());
    return ResponseEntity.created(URI.create("/api/claims/" + claimNumber + "/documents/" + document.documentId()))
        .body(new ClaimView.Document(document.documentId(), document.type(), document.fileName(),
            document.contentType(), document.sizeBytes(), document.sha256(), document.receivedAt(),
            "/api/claims/" + claimNumber + "/documents/" + document.documentId()));
  }

  @GetMapping("/{claimNumber}/documents/{documentId}")
  ResponseEntity<byte[]> download(@PathVariable String claimNumber, @PathVariable String documentId,
      Authentication caller) {
    CallerGroups.requireAny(caller, READERS, "Reading claim documents");
    claimService.require(claimNumber);
    ClaimDocuments.Document document = documents.documents(claimNumber).stream()
        .filter(d -> d.documentId().equals(documentId)).findFirst()
        .orElseThrow(() -> ApiException.notFound("unknown-document", "Claim " + claimNumber + " has no document "
            + documentId + "; GET /api/claims/" + claimNumber + " lists its documents."));
    byte[] content = documents.content(claimNumber, documentId).orElseThrow();
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + document.fileName().replace("\"", "") + "\"")
        .header("X-Content-SHA256", document.sha256()).body(content);
  }

  @PostMapping(path = "/{claimNumber}/dispute", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ClaimView> dispute(@PathVariable String claimNumber, @Valid @RequestBody Dispute dispute,
      Authentication caller) {
    CallerGroups.requireAny(caller, SUBMITTERS, "Disputing a decision");
    claimService.dispute(claimNumber, dispute.reason().trim(), caller.getName());
    return ResponseEntity.accepted().body(view(claimNumber));
  }

  private ClaimView view(String claimNumber) {
    Claim claim = claimService.require(claimNumber);
    List<String> activeSteps = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(claimNumber)
        .processDefinitionKey(cn.insure.claims.claim.process.ClaimHandlingProcess.KEY).list().stream()
        .flatMap(instance -> runtimeService.getActiveActivityIds(instance.getId()).stream()).toList();
    return ClaimView.of(claim, activeSteps, claimService.missingDocuments(claimNumber),
        claims.decisions(claimNumber), payments.paid(claimNumber), documents.documents(claimNumber),
        claims.events(claimNumber), claim.documentsRequestedAt() == null ? null
            : clocks.documentsDueAt(claim.documentsRequestedAt()));
  }
}
