package cn.insure.claims.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.insure.claims.claim.Claim;
import cn.insure.claims.claim.ClaimService;
import cn.insure.claims.numbering.CaseNumbers;
import cn.insure.claims.policy.Policy;
import cn.insure.claims.policy.PolicyRegistry;
import cn.insure.claims.system.errors.ApiException;
import cn.insure.claims.system.errors.ApiProblems;
import cn.insure.claims.system.idempotency.IdempotentSubmissions;
import cn.insure.claims.system.security.CallerGroups;

/**
 * Intake and the complainant's answer. A complaint is registered (policy and claim checked,
 * numbered, its cause recorded) and its {@code complaintHandling} process started in one
 * transaction, so a refused complaint leaves no row and no process instance.
 */
@Service
public class ComplaintService {

  /** The outcome of a submission; {@code created} is false for an idempotent re-send. */
  public record Submitted(Complaint complaint, boolean created) {
  }

  private final ComplaintRepository complaints;
  private final ComplaintCauses causes;
  private final ComplaintWorkflow workflow;
  private final PolicyRegistry policies;
  private final ClaimService claims;
  private final CaseNumbers caseNumbers;
  private final ComplaintProcess process;
  private final IdempotentSubmissions idempotency;
  private final TransactionTemplate transaction;
  private final Clock clock;

  ComplaintService(ComplaintRepository complaints, ComplaintCauses causes, ComplaintWorkflow workflow,
      PolicyRegistry policies, ClaimService claims, CaseNumbers caseNumbers, ComplaintProcess process,
      IdempotentSubmissions idempotency, PlatformTransactionManager transactionManager, Clock clock) {
    this.complaints = complaints;
    this.causes = causes;
    this.workflow = workflow;
    this.policies = policies;
    this.claims = claims;
    this.caseNumbers = caseNumbers;
    this.process = process;
    this.idempotency = idempotency;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /**
   * A complaint from the API: a channel system may name only a claim it submitted itself — another
   * channel's claim is refused exactly like a claim that does not exist.
   */
  public Submitted submit(ComplaintSubmission submission, String idempotencyKey, Authentication caller) {
    if (submission.claimNumber() != null && !claims.isVisibleTo(submission.claimNumber(), caller)) {
      throw unknownClaim(submission.claimNumber());
    }
    return submit(submission, idempotencyKey, caller.getName());
  }

  private ApiException unknownClaim(String claimNumber) {
    return new ApiException(refused("unknown-claim", "理赔案件不存在 Unknown claim", "claimNumber", "No claim "
        + claimNumber + " is registered. Check the claim number on the claim notice (CLM-YYYYMMDD-NNNNNN), "
        + "or leave it out."));
  }

  /**
   * Registers a complaint from a channel system and starts its process, in one transaction; a re-send
   * with the same Idempotency-Key returns the first ({@link IdempotentSubmissions}).
   */
  public Submitted submit(ComplaintSubmission submission, String idempotencyKey, String submittedBy) {
    IdempotentSubmissions.Outcome<Complaint> outcome = idempotency.submit(idempotencyKey, submission, "complaint",
        key -> complaints.findByIdempotencyKey(submittedBy, key).map(earlier -> new IdempotentSubmissions.Earlier<>(
            complaints.find(earlier.getKey()).orElseThrow(), earlier.getValue())),
        fingerprint -> transaction.execute(status -> {
          Complaint complaint = register(submission, idempotencyKey, fingerprint, submittedBy);
          process.start(complaint);
          return complaints.find(complaint.complaintNumber()).orElseThrow();
        }), Complaint::complaintNumber);
    return new Submitted(outcome.result(), outcome.created());
  }

  /**
   * Registers a complaint entered in Tasklist's start form (the process is already running): same
   * checks and records as {@link #submit}, no second process.
   */
  @Transactional
  public Complaint registerFromTasklist(ComplaintSubmission submission, String enteredBy) {
    return register(submission, null, null, enteredBy);
  }

  private Complaint register(ComplaintSubmission s, String idempotencyKey, String fingerprint, String submittedBy) {
    if (!s.complainant().reachable()) {
      throw new ApiException(ApiProblems.invalid("The complainant must be reachable", List.of(
          new ApiProblems.FieldError("complainant.phone", "a mobile number or an e-mail address is required"),
          new ApiProblems.FieldError("complainant.email", "a mobile number or an e-mail address is required"))));
    }
    Claim claim = s.claimNumber() == null ? null
        : claims.find(s.claimNumber()).orElseThrow(() -> unknownClaim(s.claimNumber()));
    String policyNumber = s.policyNumber() != null ? s.policyNumber() : claim == null ? null : claim.policyNumber();
    Policy policy = policyNumber == null ? null : policies.find(policyNumber).orElseThrow(() ->
        new ApiException(refused("unknown-policy", "保单不存在 Unknown policy", "policyNumber", "No policy "
            + policyNumber + " is registered. Check the policy number on the policy document, or leave it out.")));
    if (claim != null && policy != null && !claim.policyNumber().equals(policy.policyNumber())) {
      throw new ApiException(refused("claim-not-of-policy", "理赔案件不属于该保单 Claim of another policy",
          "claimNumber", "Claim " + claim.claimNumber() + " was made under policy " + claim.policyNumber()
              + ", not " + policy.policyNumber() + ". Correct one of the two numbers."));
    }
    Instant now = clock.instant();
    ComplaintCauses.Cause cause = ComplaintCauses.of(claim, policy);
    if (cause != null) {
      causes.ensure(cause, now);
    }
    Complaint complaint = new Complaint(caseNumbers.next(CaseNumbers.COMPLAINT), s.channel().name(),
        s.complainant().name().trim(), blankToNull(s.complainant().phone()), blankToNull(s.complainant().email()),
        s.complainants(), policy == null ? null : policy.policyNumber(), policy == null ? null : policy.productName(),
        claim == null ? null : claim.claimNumber(), claim == null ? null : claim.catastropheEventId(),
        cause == null ? null : cause.key(), s.category() == null ? null : s.category().name(), null, null, false, null,
        null, s.subject().trim(), s.description().trim(), blankToNull(s.requestedOutcome()), ComplaintStatus.RECEIVED,
        now, null, null, null, 0, null, false, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null);
    complaints.insert(complaint, idempotencyKey, fingerprint, submittedBy);
    complaints.addEvent(complaint.complaintNumber(), now, "RECEIVED", "投诉已受理（" + complaint.channel() + "）"
        + (cause == null ? "" : "，原因归类：" + cause.description()) + " Complaint received via " + complaint.channel(),
        submittedBy);
    return complaint;
  }

  public Complaint require(String complaintNumber) {
    return complaints.find(complaintNumber).orElseThrow(() -> unknown(complaintNumber));
  }

  /**
   * The complaint if the caller may see it: staff see every complaint, a channel account only those it
   * submitted — any other answers 404 exactly like a complaint that does not exist.
   */
  public Complaint requireVisibleTo(String complaintNumber, Authentication caller) {
    Complaint complaint = require(complaintNumber);
    if (CallerGroups.isChannelOnly(caller)
        && !complaints.submittedBy(complaintNumber).map(caller.getName()::equals).orElse(false)) {
      throw unknown(complaintNumber);
    }
    return complaint;
  }

  private static ApiException unknown(String complaintNumber) {
    return ApiException.notFound("unknown-complaint",
        "No complaint " + complaintNumber + ". Check the complaint number (CMP-YYYYMMDD-NNNNNN).");
  }

  /**
   * The complainant's answer to the result letter, from a channel system: accepted once, after the
   * result letter and within the review window. Not satisfied sends the complaint to review (核查).
   */
  @Transactional
  public Complaint recordFeedback(String complaintNumber, boolean satisfied, String comment, String by) {
    Complaint complaint = complaints.findForUpdate(complaintNumber).orElseThrow(() -> ApiException.notFound(
        "unknown-complaint", "No complaint " + complaintNumber + "."));
    if (complaint.status() != ComplaintStatus.RESULT_SENT || !process.waitsForFeedback(complaintNumber)) {
      throw ApiException.conflict("feedback-not-expected", "Complaint " + complaintNumber + " is not waiting for "
          + "the complainant's feedback (status " + complaint.status() + "). Feedback is taken once, after the result "
          + "letter and before " + (complaint.feedbackDueAt() == null ? "the end of the review window"
              : ComplaintClocks.day(complaint.feedbackDueAt())) + ".");
    }
    workflow.recordFeedback(complaintNumber, satisfied, comment, by);
    process.feedbackReceived(complaintNumber, satisfied, comment, satisfied ? null : workflow.reviewDueAt());
    return complaints.find(complaintNumber).orElseThrow();
  }

  private static ProblemDetail refused(String type, String title, String field, String detail) {
    ProblemDetail problem = ApiProblems.problem(HttpStatus.UNPROCESSABLE_ENTITY, type, title, detail);
    problem.setProperty("errors", List.of(Map.of("field", field, "message", title)));
    return problem;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
