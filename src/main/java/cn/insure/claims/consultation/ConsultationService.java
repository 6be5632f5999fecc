package cn.insure.claims.consultation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.insure.claims.claim.ClaimService;
import cn.insure.claims.claim.ClaimSubmission;
import cn.insure.claims.complaint.ComplaintService;
import cn.insure.claims.complaint.ComplaintSubmission;
import cn.insure.claims.notification.NoticeTemplates;
import cn.insure.claims.notification.NotificationOutbox;
import cn.insure.claims.numbering.CaseNumbers;
import cn.insure.claims.policy.PolicyRegistry;
import cn.insure.claims.system.errors.ApiException;
import cn.insure.claims.system.idempotency.IdempotentSubmissions;
import cn.insure.claims.system.security.CallerGroups;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Intake and the steps of a consultation. A consultation is registered, numbered
 * ({@code CON-YYYYMMDD-NNNNNN}) and its {@code consultationHandling} process started in one
 * transaction, so a refused request leaves nothing. Answers reach the customer through the
 * notification outbox; a question that is really a loss report or a complaint is handed to the claims
 * or complaints intake with the customer's data carried over, and the link kept.
 */
@Service
public class ConsultationService {

  public static final String PREFIX = "CON";

  /** What customer service learns on the phone when a question turns out to be a loss report. */
  public record LossReport(String policyNumber, String idNumber, ClaimSubmission.ClaimType claimType,
      LocalDate lossDate, String lossPlace, String regionCode, ClaimSubmission.Peril peril, String lossCause,
      BigDecimal claimedAmount) {
  }

  private final ConsultationRepository consultations;
  private final ConsultationClocks clocks;
  private final CaseNumbers caseNumbers;
  private final IdempotentSubmissions idempotency;
  private final ConsultationProcess process;
  private final NoticeTemplates templates;
  private final NotificationOutbox outbox;
  private final PolicyRegistry policies;
  private final ClaimService claims;
  private final ComplaintService complaints;
  private final Validator validator;
  private final Clock clock;
  private final TransactionTemplate transaction;

  ConsultationService(ConsultationRepository consultations, ConsultationClocks clocks, CaseNumbers caseNumbers,
      IdempotentSubmissions idempotency, ConsultationProcess process, NoticeTemplates templates,
      NotificationOutbox outbox, PolicyRegistry policies, ClaimService claims, ComplaintService complaints,
      Validator validator, Clock clock, PlatformTransactionManager transactionManager) {
    this.consultations = consultations;
    this.clocks = clocks;
    this.caseNumbers = caseNumbers;
    this.idempotency = idempotency;
    this.process = process;
    this.templates = templates;
    this.outbox = outbox;
    this.policies = policies;
    this.claims = claims;
    this.complaints = complaints;
    this.validator = validator;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /**
   * Registers a consultation from a channel system and starts its process; a re-send with the same
   * Idempotency-Key returns the first. Not transactional itself: each attempt is (see
   * {@link IdempotentSubmissions#submit}).
   */
  public IdempotentSubmissions.Outcome<Consultation> submit(ConsultationSubmission submission, String idempotencyKey,
      String submittedBy) {
    return idempotency.submit(idempotencyKey, submission, "consultation",
        key -> consultations.findByIdempotencyKey(submittedBy, key),
        fingerprint -> transaction.execute(status -> {
          Consultation consultation = register(submission, idempotencyKey, fingerprint, submittedBy);
          process.start(consultation);
          return require(consultation.consultationNumber());
        }), Consultation::consultationNumber);
  }

  /** Registers a consultation entered in Tasklist's start form (its process is already running). */
  @Transactional
  public Consultation registerFromTasklist(ConsultationSubmission submission, String enteredBy) {
    return register(submission, null, null, enteredBy);
  }

  private Consultation register(ConsultationSubmission s, String idempotencyKey, String fingerprint,
      String submittedBy) {
    Instant now = clock.instant();
    Consultation consultation = new Consultation(caseNumbers.next(PREFIX), s.channel().name(), submittedBy,
        s.customer().name().trim(), s.customer().phone(), s.policyNumber(), s.claimNumber(), s.topic().name(),
        s.question().trim(), ConsultationStatus.RECEIVED, now, clocks.firstResponseDue(now), null, null, false, false,
        null, null, null, null, null, null);
    consultations.insert(consultation, idempotencyKey, fingerprint);
    return consultation;
  }

  public Consultation require(String consultationNumber) {
    return consultations.find(consultationNumber).orElseThrow(() -> unknown(consultationNumber));
  }

  /**
   * The consultation if the caller may see it: staff see every consultation, a channel account only
   * those it submitted (any other answers 404, as if it did not exist). The one place of this rule.
   */
  public Consultation requireVisibleTo(String consultationNumber, Authentication caller) {
    Consultation consultation = require(consultationNumber);
    if (CallerGroups.isChannelOnly(caller) && !caller.getName().equals(consultation.submittedBy())) {
      throw unknown(consultationNumber);
    }
    return consultation;
  }

  /** Customer service took the consultation up (answer, hand-over or intake): the first response. */
  @Transactional
  public void recordFirstResponse(String consultationNumber, String by) {
    consultations.markFirstResponse(consultationNumber, by, clock.instant());
  }

  @Transactional
  public void recordFirstResponseMissed(String consultationNumber) {
    consultations.markFirstResponseBreached(consultationNumber, clock.instant());
  }

  @Transactional
  public void handToAdvisor(String consultationNumber) {
    consultations.markHandedToAdvisor(consultationNumber, clock.instant());
  }

  /** Records the answer and sends it to the customer by SMS through the outbox (same transaction). */
  @Transactional
  public void answer(String consultationNumber, String answer, String by) {
    Consultation consultation = require(consultationNumber);
    consultations.markAnswered(consultationNumber, by, answer, clock.instant());
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("consultationNumber", consultationNumber);
    values.put("customerName", consultation.customerName());
    values.put("answer", answer);
    NoticeTemplates.Rendered notice = templates.render("consultation/consultation-answer", values);
    outbox.enqueue(consultationNumber, "CONSULTATION_ANSWER", new NotificationOutbox.Contact(
        consultation.customerPhone(), null), notice.subject(), notice.body(), "consultation-answer:" + consultationNumber);
  }

  /** The claim a loss report becomes, checked as the claims API checks it; refusals name the form field. */
  public ClaimSubmission claimSubmissionOf(String consultationNumber, LossReport loss) {
    Consultation consultation = require(consultationNumber);
    String policyNumber = loss.policyNumber() == null || loss.policyNumber().isBlank() ? consultation.policyNumber()
        : loss.policyNumber().trim();
    if (policyNumber == null) {
      throw new IllegalArgumentException("policyNumber: 报案须有保单号 A loss report needs the policy number");
    }
    var policy = policies.find(policyNumber).orElseThrow(() -> new IllegalArgumentException(
        "policyNumber: 保单不存在 No policy " + policyNumber + " is registered"));
    ClaimSubmission submission = new ClaimSubmission(policyNumber, claimChannel(consultation.channel()),
        new ClaimSubmission.Claimant(consultation.customerName(), consultation.customerPhone(), null, loss.idNumber()),
        new ClaimSubmission.Loss(loss.lossDate(), loss.lossPlace(), loss.regionCode(), loss.peril(), loss.lossCause(),
            consultation.question()), policy.productLine(), loss.claimType(), loss.claimedAmount(), null, null);
    Set<ConstraintViolation<ClaimSubmission>> violations = validator.validate(submission);
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException(describe(violations));
    }
    return submission;
  }

  /**
   * Opens the claim a loss report becomes (idempotent: the consultation number is the key, so a
   * retried step finds the first claim) and keeps the link. The claim process sends the customer the
   * list of documents to provide.
   */
  @Transactional
  public String turnIntoClaim(String consultationNumber, LossReport loss, String by) {
    ClaimSubmission submission = claimSubmissionOf(consultationNumber, loss);
    String claimNumber = claims.submit(submission, consultationNumber, ownerOf(require(consultationNumber), by))
        .claim().claimNumber();
    consultations.markTurnedIntoClaim(consultationNumber, claimNumber, by, clock.instant());
    return claimNumber;
  }

  /** Opens the complaint a consultation really is (idempotent like {@link #turnIntoClaim}) and keeps the link. */
  @Transactional
  public String turnIntoComplaint(String consultationNumber, String note, String by) {
    Consultation c = require(consultationNumber);
    ComplaintSubmission submission = new ComplaintSubmission(complaintChannel(c.channel()),
        new ComplaintSubmission.Complainant(c.customerName(), c.customerPhone(), null), c.policyNumber(),
        c.claimNumber(), null, "来自咨询 " + consultationNumber + " From consultation", c.question(), note, null);
    String complaintNumber = complaints.submit(submission, consultationNumber, ownerOf(c, by)).complaint()
        .complaintNumber();
    consultations.markTurnedIntoComplaint(consultationNumber, complaintNumber, by, clock.instant());
    return complaintNumber;
  }

  /**
   * The claim or complaint a consultation becomes belongs to whoever submitted the consultation: the
   * customer's channel system follows it up like its own submissions; a phone consultation's case
   * belongs to the staff member who took it. Who converted it is kept on the consultation.
   */
  private static String ownerOf(Consultation consultation, String convertedBy) {
    return consultation.submittedBy() == null ? convertedBy : consultation.submittedBy();
  }

  private static ClaimSubmission.Channel claimChannel(String channel) {
    return switch (ConsultationSubmission.Channel.valueOf(channel)) {
      case PHONE -> ClaimSubmission.Channel.PHONE;
      case WEB -> ClaimSubmission.Channel.WEB;
      case APP -> ClaimSubmission.Channel.APP;
      case WECHAT -> ClaimSubmission.Channel.WECHAT;
      case COUNTER -> ClaimSubmission.Channel.BRANCH;
    };
  }

  private static ComplaintSubmission.Channel complaintChannel(String channel) {
    return switch (ConsultationSubmission.Channel.valueOf(channel)) {
      case PHONE -> ComplaintSubmission.Channel.PHONE;
      case WEB, APP, WECHAT -> ComplaintSubmission.Channel.ONLINE;
      case COUNTER -> ComplaintSubmission.Channel.ONSITE;
    };
  }

  private static String describe(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted()
        .collect(Collectors.joining("; "));
  }

  private static ApiException unknown(String consultationNumber) {
    return ApiException.notFound("unknown-consultation", "No consultation " + consultationNumber
        + ". Check the consultation number (CON-YYYYMMDD-NNNNNN).");
  }
}
