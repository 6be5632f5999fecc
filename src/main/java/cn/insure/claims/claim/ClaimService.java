package cn.insure.claims.claim;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.insure.claims.numbering.CaseNumbers;
import cn.insure.claims.policy.Policy;
import cn.insure.claims.policy.PolicyRegistry;
import cn.insure.claims.policy.PolicyStatus;
import cn.insure.claims.policy.UnknownPolicyException;
import cn.insure.claims.system.errors.ApiException;
import cn.insure.claims.system.errors.ApiProblems;
import cn.insure.claims.system.idempotency.IdempotentSubmissions;
import cn.insure.claims.system.security.CallerGroups;

/**
 * Intake and the claimant's later actions: a claim is registered (checked against the policy
 * registry, numbered, recorded with its documents) and its {@code claimHandling} process started
 * in one transaction, so a refused claim leaves no row and no process instance.
 *
 * <p>Over 250 lines because intake (the idempotent submission and its checks) and the claimant's
 * later actions (documents, dispute, green-channel switch) share the claim's row lock and refusals;
 * the process steps are in {@link ClaimWorkflow}.
 */
@Service
public class ClaimService {

  /**
   * The outcome of a submission: the claim as its process left it; {@code created} is false for an
   * idempotent re-send; {@code stepsAfterStart} are the steps the new process waits in ({@code null} for a
   * re-send, whose process may have moved on since).
   */
  public record Submitted(Claim claim, boolean created, List<String> stepsAfterStart) {
  }

  private record Registered(Claim claim, List<String> stepsAfterStart) {
  }

  private final ClaimRepository claims;
  private final ClaimDocuments documents;
  private final PolicyRegistry policies;
  private final CaseNumbers caseNumbers;
  private final ClaimProcess process;
  private final GreenChannelCheck greenChannelCheck;
  private final IdempotentSubmissions idempotency;
  private final TransactionTemplate transaction;
  private final Clock clock;

  ClaimService(ClaimRepository claims, ClaimDocuments documents, PolicyRegistry policies, CaseNumbers caseNumbers,
      ClaimProcess process, GreenChannelCheck greenChannelCheck, IdempotentSubmissions idempotency,
      PlatformTransactionManager transactionManager, Clock clock) {
    this.claims = claims;
    this.documents = documents;
    this.policies = policies;
    this.caseNumbers = caseNumbers;
    this.process = process;
    this.greenChannelCheck = greenChannelCheck;
    this.idempotency = idempotency;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /**
   * Registers a claim from a channel system and starts its process, in one transaction; a re-send with
   * the same Idempotency-Key returns the first ({@link IdempotentSubmissions}). Not transactional itself:
   * a re-send racing the first is retried in a new transaction and then finds it.
   */
  public Submitted submit(ClaimSubmission submission, String idempotencyKey, String submittedBy) {
    IdempotentSubmissions.Outcome<Registered> outcome = idempotency.submit(idempotencyKey, submission, "claim",
        key -> claims.findByIdempotencyKey(submittedBy, key).map(earlier -> new IdempotentSubmissions.Earlier<>(
            new Registered(claims.require(earlier.getKey()), null), earlier.getValue())),
        fingerprint -> transaction.execute(status -> {
          Claim claim = register(submission, idempotencyKey, fingerprint, submittedBy);
          List<String> steps = process.start(claim, claims.greenChannel(claim.claimNumber()).orElse(null));
          return new Registered(claims.require(claim.claimNumber()), steps);
        }), registered -> registered.claim().claimNumber());
    Registered registered = outcome.result();
    return new Submitted(registered.claim(), outcome.created(), registered.stepsAfterStart());
  }

  /**
   * Registers a claim entered in Tasklist's start form (the process is already running): same
   * checks and records as {@link #submit}, no second process.
   */
  @Transactional
  public Claim registerFromTasklist(ClaimSubmission submission, String enteredBy) {
    return register(submission, null, null, enteredBy);
  }

  private Claim register(ClaimSubmission s, String idempotencyKey, String fingerprint, String submittedBy) {
    Policy policy;
    try {
      policy = policies.require(s.policyNumber());
    } catch (UnknownPolicyException e) {
      throw new ApiException(unknownPolicy(s.policyNumber()));
    }
    if (policy.status() != PolicyStatus.ACTIVE) {
      // The register keeps no date of lapse or cancellation, so such a policy covers nothing today;
      // the channel tells the customer to contact the branch (e.g. to reinstate a lapsed policy).
      throw ApiException.unprocessable("policy-not-in-force", "Policy " + policy.policyNumber() + " is "
          + policy.status() + " (" + policy.status().chineseName() + ") and covers no new claim. The policyholder "
          + "should contact the branch, e.g. to reinstate a lapsed policy.");
    }
    if (policy.productLine() != s.productLine()) {
      throw ApiException.unprocessable("product-line-mismatch", "Policy " + s.policyNumber() + " is a "
          + policy.productLine() + " policy, but the claim says " + s.productLine() + ". Correct productLine.");
    }
    Instant now = clock.instant();
    String coverageWarning = policy.coverageProblem(s.loss().peril().name(), s.loss().date());
    Claim claim = new Claim(caseNumbers.next(CaseNumbers.CLAIM), policy.policyNumber(), s.productLine().name(),
        s.claimType().name(), s.channel().name(), ClaimStatus.REGISTERED, false, null, s.claimant().name(),
        s.claimant().phone(), s.claimant().email(), s.claimant().idNumber(), s.loss().date(), s.loss().place(),
        s.loss().regionCode(), s.loss().peril().name(), s.loss().cause(), s.loss().description(), s.claimedAmount(),
        null, null, coverageWarning, s.payee() == null ? null : s.payee().accountName(),
        s.payee() == null ? null : s.payee().bankName(), s.payee() == null ? null : s.payee().accountNumber(), null,
        null, null, null, false, null, null, null, null, null, null, now);
    Optional<GreenChannel> greenChannel = greenChannelCheck.eligibility(claim);
    if (greenChannel.isPresent()) {
      claim = inGreenChannel(claim, greenChannel.get().eventId());
    }
    claims.insert(claim, idempotencyKey, fingerprint, submittedBy);
    claims.addEvent(claim.claimNumber(), now, "REGISTERED", "理赔申请已受理（" + claim.channel() + "） Claim received via "
        + claim.channel(), submittedBy);
    if (greenChannel.isPresent()) {
      claims.insertGreenChannel(claim.claimNumber(), greenChannel.get(), GreenChannel.Source.INTAKE, now);
      claims.addEvent(claim.claimNumber(), now, "GREEN_CHANNEL", "绿色通道（" + greenChannel.get().eventName() + "）："
          + greenChannel.get().reason(), null);
    }
    if (coverageWarning != null) {
      claims.addEvent(claim.claimNumber(), now, "COVERAGE_FLAGGED", "承保提示 Coverage flagged for first review: "
          + coverageWarning, null);
    }
    List<ClaimSubmission.DocumentUpload> uploads = s.documents() == null ? List.of() : s.documents();
    for (int i = 0; i < uploads.size(); i++) {
      ClaimSubmission.DocumentUpload upload = uploads.get(i);
      byte[] content;
      try {
        content = Base64.getDecoder().decode(upload.contentBase64());
      } catch (IllegalArgumentException e) {
        throw new ApiException(ApiProblems.invalid("A document is not valid Base64", List.of(
            new ApiProblems.FieldError("documents[" + i + "].contentBase64", "must be Base64-encoded file content"))));
      }
      documents.store(claim.claimNumber(), upload.type(), upload.fileName(), content, now);
    }
    return claim;
  }

  private static org.springframework.http.ProblemDetail unknownPolicy(String policyNumber) {
    org.springframework.http.ProblemDetail problem = ApiProblems.problem(HttpStatus.UNPROCESSABLE_ENTITY,
        "unknown-policy", "保单不存在 Unknown policy", "No policy " + policyNumber
            + " is registered. Check the policy number on the policy document (e.g. P-MED-2026-000001).");
    problem.setProperty("errors", List.of(Map.of("field", "policyNumber", "message", "no such policy")));
    return problem;
  }

  private static Claim inGreenChannel(Claim c, String eventId) {
    return new Claim(c.claimNumber(), c.policyNumber(), c.productLine(), c.claimType(), c.channel(), c.status(), true,
        eventId, c.claimantName(), c.claimantPhone(), c.claimantEmail(), c.claimantIdNumber(), c.lossDate(),
        c.lossPlace(), c.regionCode(), c.peril(), c.lossCause(), c.lossDescription(), c.claimedAmount(),
        c.assessedAmount(), c.approvedAmount(), c.coverageWarning(), c.payeeAccountName(), c.payeeBankName(),
        c.payeeAccountNumber(), c.missingDocuments(), c.documentsRequestedAt(), c.documentsCompleteAt(),
        c.determinationDueAt(), c.determinationBreached(), c.decision(), c.decidedAt(), c.paymentDueAt(),
        c.disputeReason(), c.disputedAt(), c.archivedAt(), c.createdAt());
  }

  /** The claim's green channel, if it has one. */
  public Optional<GreenChannel> greenChannel(String claimNumber) {
    return claims.greenChannel(claimNumber);
  }

  /**
   * Switches a claim that was running when a catastrophe was declared to that event's green
   * channel, keeping its progress: its open tasks get high priority, the reduced checklist applies
   * (a claim waiting for documents it no longer needs moves on to review) and the later steps see
   * the fast track, straight-through settlement and advance payment the decision allowed.
   *
   * @return false when the claim is already green, decided or archived and stays as it is
   */
  @Transactional
  public boolean switchToGreenChannel(String claimNumber, GreenChannel greenChannel) {
    Claim claim = claims.findForUpdate(claimNumber).orElseThrow(() -> ApiException.notFound("unknown-claim",
        "No claim " + claimNumber + "."));
    if (claim.greenChannel() || claim.decision() != null || claim.archived()) {
      return false;
    }
    Instant now = clock.instant();
    claims.markGreenChannel(claimNumber, greenChannel.eventId());
    claims.insertGreenChannel(claimNumber, greenChannel, GreenChannel.Source.SWITCHED, now);
    claims.addEvent(claimNumber, now, "GREEN_CHANNEL", "转入绿色通道（" + greenChannel.eventName() + "）："
        + greenChannel.reason(), null);
    process.greenChannelDeclared(claimNumber, greenChannel);
    Claim switched = claims.find(claimNumber).orElseThrow();
    if (switched.status() == ClaimStatus.AWAITING_DOCUMENTS && documents.stillMissing(switched).isEmpty()) {
      process.documentsSupplied(claimNumber);
    }
    return true;
  }

  public Optional<Claim> find(String claimNumber) {
    return claims.find(claimNumber);
  }

  public Claim require(String claimNumber) {
    return claims.find(claimNumber).orElseThrow(() -> unknown(claimNumber));
  }

  /**
   * The claim if the caller may see it. Staff see every claim; a channel account only the claims it
   * submitted — any other answers 404 exactly as a claim that does not exist, so that a channel cannot
   * even learn which numbers exist. The one place of this rule for claims.
   */
  public Claim requireVisibleTo(String claimNumber, Authentication caller) {
    Claim claim = require(claimNumber);
    if (!isVisibleTo(claimNumber, caller)) {
      throw unknown(claimNumber);
    }
    return claim;
  }

  /** See {@link #requireVisibleTo}: false for another channel's claim and for a claim that does not exist. */
  public boolean isVisibleTo(String claimNumber, Authentication caller) {
    if (!CallerGroups.isChannelOnly(caller)) {
      return claims.find(claimNumber).isPresent();
    }
    return claims.submittedBy(claimNumber).map(caller.getName()::equals).orElse(false);
  }

  private static ApiException unknown(String claimNumber) {
    return ApiException.notFound("unknown-claim",
        "No claim " + claimNumber + ". Check the claim number (CLM-YYYYMMDD-NNNNNN).");
  }

  /** Adds a document; while the claim waits for missing documents, a complete checklist moves it on. */
  @Transactional
  public ClaimDocuments.Document addDocument(String claimNumber, String type, String fileName, byte[] content) {
    Claim claim = claims.findForUpdate(claimNumber).orElseThrow(() -> ApiException.notFound("unknown-claim",
        "No claim " + claimNumber + ". Check the claim number."));
    requireNotArchived(claim);
    ClaimDocuments.Document document = documents.store(claimNumber, type, fileName, content, clock.instant());
    claims.addEvent(claimNumber, clock.instant(), "DOCUMENT_RECEIVED", "收到资料 Document received: " + type + " ("
        + fileName + ")", null);
    if (claim.status() == ClaimStatus.AWAITING_DOCUMENTS && documents.stillMissing(claim).isEmpty()) {
      process.documentsSupplied(claimNumber);
    }
    return document;
  }

  /** The required documents not yet received, per the checklist the process recorded on the claim. */
  public List<String> missingDocuments(String claimNumber) {
    return documents.stillMissing(require(claimNumber));
  }

  /** Whether the claim's process waits for the claimant's dispute (after the decision notice, not yet disputed). */
  public boolean waitsForDispute(String claimNumber) {
    return process.waitsForDispute(claimNumber);
  }

  /** The claimant disputes the decision: accepted once, after a decision, before archiving. */
  @Transactional
  public Claim dispute(String claimNumber, String reason, String by) {
    Claim claim = claims.findForUpdate(claimNumber).orElseThrow(() -> ApiException.notFound("unknown-claim",
        "No claim " + claimNumber + "."));
    requireNotArchived(claim);
    if (claim.disputedAt() != null) {
      throw ApiException.conflict("already-disputed", "Claim " + claimNumber + " was already disputed on "
          + claim.disputedAt() + "; a decision can be disputed once. The external routes (mediation, regulator, court) "
          + "remain open.");
    }
    if (claim.decision() == null || !process.waitsForDispute(claimNumber)) {
      throw ApiException.conflict("not-disputable", "Claim " + claimNumber + " has no decision open to dispute yet "
          + "(status " + claim.status() + "). A dispute is accepted after the decision notice.");
    }
    Instant now = clock.instant();
    claims.markDisputed(claimNumber, reason, now);
    claims.addEvent(claimNumber, now, "DISPUTED", "申请人提出复议 Claimant disputes the decision: " + reason, by);
    process.disputed(claimNumber, reason);
    return claims.find(claimNumber).orElseThrow();
  }

  static void requireNotArchived(Claim claim) {
    if (claim.archived()) {
      throw ApiException.conflict("claim-archived", "Claim " + claim.claimNumber() + " is closed and archived on "
          + claim.archivedAt() + " and can no longer be changed.");
    }
  }

  public static BigDecimal orZero(BigDecimal amount) {
    return amount == null ? BigDecimal.ZERO : amount;
  }
}
