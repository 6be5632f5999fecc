package cn.insure.claims.claim;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import cn.insure.claims.system.engine.ActiveSteps;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
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
import cn.insure.claims.system.text.PlainText;
import cn.insure.claims.system.feedback.CustomerFeedback;
import cn.insure.claims.system.identity.Roles;
import cn.insure.claims.system.privacy.PersonalDataReads;
import cn.insure.claims.system.security.CallerGroups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code /api/claims}: the claims API of channel systems (web, app, WeChat, call centre) and staff.
 * Submitting and changing claims is for channels and claims staff; reading also for finance,
 * quality inspectors and complaints officers. Personal data leaves masked.
 *
 * <p>Over 250 lines because it is the whole {@code /api/claims} surface, one short method per
 * endpoint with its OpenAPI description; the work is in {@link ClaimService}.
 */
@RestController
@RequestMapping("/api/claims")
@Tag(name = "理赔 Claims", description = "Claims of channel systems and staff")
class ClaimController {

  /** The width of claim_document.file_name, as for documents sent in a submission. */
  static final int MAX_FILE_NAME = 255;

  static final List<String> SUBMITTERS = List.of(Roles.CHANNEL_SYSTEMS, Roles.CLAIMS_SPECIALISTS, Roles.CAMUNDA_ADMIN);
  static final List<String> READERS = List.of(Roles.CHANNEL_SYSTEMS, Roles.CLAIMS_SPECIALISTS,
      Roles.CLAIMS_SUPERVISORS, Roles.CLAIMS_MANAGERS, Roles.FINANCE, Roles.QUALITY_INSPECTORS,
      Roles.COMPLAINTS_OFFICERS, Roles.COMPLAINTS_SUPERVISORS, Roles.CAMUNDA_ADMIN);
  /** Readers who see the staff side of a claim (the call-back after it closed): all but channel systems. */
  static final List<String> STAFF_READERS = READERS.stream().filter(g -> !g.equals(Roles.CHANNEL_SYSTEMS)).toList();

  /** The answer to a submission. */
  record ClaimReceipt(String claimNumber, String status, ClaimView.Stage stage, boolean greenChannel,
      List<String> missingDocuments, ClaimView.DueDates dueDates) {
  }

  /** A page of claims: staff views for staff, customer views ({@link ClaimCustomerView}) for channel systems. */
  record ClaimPage(List<Object> items, int page, int size, long totalItems, long totalPages) {
  }

  record Dispute(@NotBlank(message = "must say why the decision is disputed") @Size(max = 2000) String reason) {
  }

  private final ClaimService claimService;
  private final ClaimRepository claims;
  private final ClaimDocuments documents;
  private final ClaimPayments payments;
  private final ActiveSteps activeSteps;
  private final ClaimClocks clocks;
  private final CustomerFeedback feedback;
  private final PersonalDataReads reads;

  ClaimController(ClaimService claimService, ClaimRepository claims, ClaimDocuments documents, ClaimPayments payments,
      ActiveSteps activeSteps, ClaimClocks clocks, CustomerFeedback feedback, PersonalDataReads reads) {
    this.reads = reads;
    this.feedback = feedback;
    this.clocks = clocks;
    this.claimService = claimService;
    this.claims = claims;
    this.documents = documents;
    this.payments = payments;
    this.activeSteps = activeSteps;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Submit a claim (理赔报案)", description = "Registers the claim against the policy register and "
      + "starts its handling. Documents may come along as Base64 (PDF, JPEG or PNG, judged by content). The answer "
      + "says what is still missing and the statutory due dates. Send an `Idempotency-Key` to make re-sends safe.",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ClaimSubmission.class),
          examples = @ExampleObject(name = "hospitalisation", ref = "#/components/examples/hospitalisationClaim"))))
  @ApiResponse(responseCode = "201", description = "Registered; Location names the claim")
  @ApiResponse(responseCode = "200", description = "A re-send with an Idempotency-Key already used for the same "
      + "request: the first claim, nothing new")
  @ApiResponse(responseCode = "400", description = "Malformed JSON, unknown field, wrong type or invalid value; "
      + "errors[] names each field")
  @ApiResponse(responseCode = "409", description = "Two attached documents are the same file")
  @ApiResponse(responseCode = "413", description = "An attached document is larger than claims.documents.max-size")
  @ApiResponse(responseCode = "415", description = "An attached document is not PDF, JPEG or PNG, or the body is "
      + "not JSON")
  @ApiResponse(responseCode = "422", description = "Unknown policy, product line not the policy's, or the "
      + "Idempotency-Key was used for a different request")
  ResponseEntity<ClaimReceipt> submit(@Valid @RequestBody ClaimSubmission submission,
      @Parameter(description = "Any unique text (e.g. a UUID) per claim; a re-send with the same key returns the "
          + "first result") @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100)
      String idempotencyKey, Authentication caller) {
    CallerGroups.requireAny(caller, SUBMITTERS, "Submitting claims");
    ClaimService.Submitted submitted = claimService.submit(submission, idempotencyKey, caller.getName());
    Claim claim = submitted.claim();
    String claimNumber = claim.claimNumber();
    // Only what the receipt names: the claim as its process left it and the steps it waits in.
    List<String> steps = submitted.stepsAfterStart() != null ? submitted.stepsAfterStart()
        : activeSteps.of(cn.insure.claims.claim.process.ClaimHandlingProcess.KEY, claimNumber);
    ClaimReceipt receipt = new ClaimReceipt(claimNumber, claim.status().name(), ClaimView.stageOf(claim, steps),
        claim.greenChannel(), documents.stillMissing(claim), ClaimView.dueDatesOf(claim, documentsDue(claim)));
    return ResponseEntity.status(submitted.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(URI.create("/api/claims/" + claimNumber)).body(receipt);
  }

  @GetMapping("/{claimNumber}")
  @Operation(summary = "A claim: stage in words (中文/English), missing documents, decision, payments, due dates, "
      + "timeline", description = "ID and phone numbers are masked.")
  @ApiResponse(responseCode = "200", description = "The claim: the staff view for staff, the customer view (no "
      + "reviewers, internal judgements, comments, flags, spot checks or call-backs) for channel systems",
      content = @Content(schema = @Schema(oneOf = {ClaimView.class, ClaimCustomerView.class})))
  @ApiResponse(responseCode = "404", description = "No such claim, or a claim another channel submitted")
  Object claim(@PathVariable String claimNumber, Authentication caller) {
    CallerGroups.requireAny(caller, READERS, "Reading claims");
    claimService.requireVisibleTo(claimNumber, caller);
    reads.recordStaffRead(caller, List.of(claimNumber), "claimHandling", PersonalDataReads.Access.API_VIEW);
    return viewFor(caller, claimNumber);
  }

  @GetMapping
  @Operation(summary = "Claims, newest first, filtered by status and policy number, a page at a time")
  @ApiResponse(responseCode = "200", description = "A page of claims")
  @ApiResponse(responseCode = "400", description = "Unknown status, negative page or size outside 1–100")
  ClaimPage claims(@RequestParam(required = false) ClaimStatus status,
      @RequestParam(required = false) String policyNumber,
      @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") int page,
      @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100")
      @Max(value = 100, message = "must be between 1 and 100") int size, Authentication caller) {
    CallerGroups.requireAny(caller, READERS, "Reading claims");
    String statusName = status == null ? null : status.name();
    String policy = policyNumber == null || policyNumber.isBlank() ? null : policyNumber.trim();
    // A channel system lists the claims it submitted, nothing else.
    String submittedBy = CallerGroups.isChannelOnly(caller) ? caller.getName() : null;
    long total = claims.count(statusName, policy, submittedBy);
    List<String> numbers = claims.list(statusName, policy, submittedBy, page, size).stream()
        .map(Claim::claimNumber).toList();
    reads.recordStaffRead(caller, numbers, "claimHandling", PersonalDataReads.Access.LIST);
    List<Object> items = numbers.stream().map(claimNumber -> viewFor(caller, claimNumber)).toList();
    return new ClaimPage(items, page, size, total, (total + size - 1) / size);
  }

  @PostMapping(path = "/{claimNumber}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Send a document (补充资料)", description = "Multipart: `file` and the document `type` (e.g. "
      + "MEDICAL_INVOICE). PDF, JPEG or PNG by content, up to claims.documents.max-size (10 MB by default). While "
      + "the claim waits for missing documents, the one that completes the checklist moves it to review.")
  @ApiResponse(responseCode = "201", description = "Stored with its SHA-256; Location is the download")
  @ApiResponse(responseCode = "400", description = "No file, an empty file or no type")
  @ApiResponse(responseCode = "404", description = "No such claim")
  @ApiResponse(responseCode = "409", description = "The same file was already received, or the claim is archived")
  @ApiResponse(responseCode = "413", description = "Larger than claims.documents.max-size")
  @ApiResponse(responseCode = "415", description = "Not a PDF, JPEG or PNG file")
  ResponseEntity<ClaimView.Document> upload(@PathVariable String claimNumber, @RequestPart("file") MultipartFile file,
      @RequestParam("type") @NotBlank @Size(max = 32) String type, Authentication caller) throws IOException {
    CallerGroups.requireAny(caller, SUBMITTERS, "Sending claim documents");
    claimService.requireVisibleTo(claimNumber, caller);
    if (file.isEmpty()) {
      throw new ApiException(ApiProblems.invalid("The file is empty",
          List.of(new ApiProblems.FieldError("file", "must contain the scanned document"))));
    }
    String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? type
        : file.getOriginalFilename();
    String fileNameProblem = fileName.length() > MAX_FILE_NAME ? "must be at most " + MAX_FILE_NAME + " characters"
        : PlainText.problem(fileName);
    if (fileNameProblem != null) {
      throw new ApiException(ApiProblems.invalid("The file name cannot be kept as it is",
          List.of(new ApiProblems.FieldError("fileName", fileNameProblem + "; rename the file and send it again"))));
    }
    ClaimDocuments.Document document = claimService.addDocument(claimNumber, type, fileName, file.getBytes());
    return ResponseEntity.created(URI.create("/api/claims/" + claimNumber + "/documents/" + document.documentId()))
        .body(new ClaimView.Document(document.documentId(), document.type(), document.fileName(),
            document.contentType(), document.sizeBytes(), document.sha256(), document.receivedAt(),
            "/api/claims/" + claimNumber + "/documents/" + document.documentId()));
  }

  @GetMapping("/{claimNumber}/documents/{documentId}")
  @Operation(summary = "Download a document", description = "The file as received; X-Content-SHA256 carries its "
      + "checksum.")
  @ApiResponse(responseCode = "200", description = "The file", content = {
      @Content(mediaType = "application/pdf"), @Content(mediaType = "image/jpeg"), @Content(mediaType = "image/png")})
  @ApiResponse(responseCode = "404", description = "No such claim or document")
  ResponseEntity<byte[]> download(@PathVariable String claimNumber, @PathVariable String documentId,
      Authentication caller) {
    CallerGroups.requireAny(caller, READERS, "Reading claim documents");
    claimService.requireVisibleTo(claimNumber, caller);
    ClaimDocuments.Document document = documents.documents(claimNumber).stream()
        .filter(d -> d.documentId().equals(documentId)).findFirst()
        .orElseThrow(() -> ApiException.notFound("unknown-document", "Claim " + claimNumber + " has no document "
            + documentId + "; GET /api/claims/" + claimNumber + " lists its documents."));
    byte[] content = documents.content(claimNumber, documentId).orElseThrow();
    reads.recordStaffRead(caller, List.of(claimNumber), "claimHandling", PersonalDataReads.Access.DOCUMENT);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + document.fileName().replace("\"", "") + "\"")
        .header("X-Content-SHA256", document.sha256()).body(content);
  }

  @PostMapping(path = "/{claimNumber}/dispute", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Dispute the decision (申请复议)", description = "Accepted once, after the decision notice and "
      + "before the claim is archived; the claims panel reconsiders.")
  @ApiResponse(responseCode = "202", description = "Accepted; the claim is in reconsideration")
  @ApiResponse(responseCode = "400", description = "No reason given")
  @ApiResponse(responseCode = "404", description = "No such claim")
  @ApiResponse(responseCode = "409", description = "No decision yet, already disputed, or archived")
  ResponseEntity<Object> dispute(@PathVariable String claimNumber, @Valid @RequestBody Dispute dispute,
      Authentication caller) {
    CallerGroups.requireAny(caller, SUBMITTERS, "Disputing a decision");
    claimService.requireVisibleTo(claimNumber, caller);
    claimService.dispute(claimNumber, dispute.reason().trim(), caller.getName());
    return ResponseEntity.accepted().body(viewFor(caller, claimNumber));
  }

  /** The customer view for a channel system, the staff view (with the call-back after closing) for staff. */
  private Object viewFor(Authentication caller, String claimNumber) {
    if (CallerGroups.isChannelOnly(caller)) {
      return ClaimCustomerView.of(view(claimNumber), claims.events(claimNumber), claims.notices(claimNumber));
    }
    return view(claimNumber, CallerGroups.inAny(caller, STAFF_READERS)
        ? feedback.ofClaim(claimNumber).orElse(null) : null);
  }

  private ClaimView view(String claimNumber) {
    return view(claimNumber, null);
  }

  private ClaimView view(String claimNumber, CustomerFeedback.CallBackResult callBack) {
    Claim claim = claimService.require(claimNumber);
    List<String> activeSteps = this.activeSteps.of(cn.insure.claims.claim.process.ClaimHandlingProcess.KEY, claimNumber);
    return ClaimView.of(claim, activeSteps, documents.stillMissing(claim),
        claims.decisions(claimNumber), payments.paid(claimNumber), documents.documents(claimNumber),
        claims.events(claimNumber), documentsDue(claim), callBack);
  }

  /** When the requested documents are due, if any were requested. */
  private Instant documentsDue(Claim claim) {
    return claim.documentsRequestedAt() == null ? null : clocks.documentsDueAt(claim.documentsRequestedAt());
  }
}
