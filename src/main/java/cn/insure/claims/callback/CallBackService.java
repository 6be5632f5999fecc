package cn.insure.claims.callback;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.insure.claims.claim.Claim;
import cn.insure.claims.claim.ClaimService;
import cn.insure.claims.complaint.Complaint;
import cn.insure.claims.complaint.ComplaintService;
import cn.insure.claims.complaint.ComplaintSubmission;
import cn.insure.claims.notification.NoticeTemplates;
import cn.insure.claims.notification.NotificationOutbox;
import cn.insure.claims.system.engine.Decisions;

/**
 * The call-back after a closed case: which case is called back (decision {@code callBackSampling}),
 * the questionnaire's answers and whether they need a follow-up (decision {@code callBackFollowUp}),
 * the SMS questionnaire when the customer could not be reached, and the complaint the customer asks
 * for. The customer's contact data are read from the claim or complaint feature when needed and never
 * copied into the call-back.
 */
@Service
public class CallBackService {

  /** The facts of a closed case the sampling table reads. */
  public record ClosedCase(String caseType, String caseNumber, String decision, boolean reconsidered,
      boolean greenChannel, BigDecimal approvedAmount) {
  }

  /** What the sampling table decided. */
  public record Selection(boolean callBack, String reason) {
  }

  /** The questionnaire of {@code makeCallBack} for a customer who was reached. */
  public record Questionnaire(int overallSatisfaction, int speedScore, int attitudeScore, int clarityScore,
      boolean contactChanged, String customerComment) {
  }

  private final CallBackRepository callBacks;
  private final Decisions decisions;
  private final ClaimService claims;
  private final ComplaintService complaints;
  private final NoticeTemplates templates;
  private final NotificationOutbox outbox;
  private final Clock clock;
  private final String surveyUrl;

  CallBackService(CallBackRepository callBacks, Decisions decisions, ClaimService claims,
      ComplaintService complaints, NoticeTemplates templates, NotificationOutbox outbox, Clock clock,
      @Value("${claims.call-back.survey-url:https://survey.insure.cn/cb/}") String surveyUrl) {
    this.callBacks = callBacks;
    this.decisions = decisions;
    this.claims = claims;
    this.complaints = complaints;
    this.templates = templates;
    this.outbox = outbox;
    this.clock = clock;
    this.surveyUrl = surveyUrl;
  }

  /** Asks {@code callBackSampling} whether to call the customer of a closed case back, with a fresh random draw. */
  public Selection select(ClosedCase closed) {
    return select(closed, ThreadLocalRandom.current().nextDouble());
  }

  Selection select(ClosedCase closed, double randomDraw) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("caseType", closed.caseType());
    inputs.put("decision", closed.decision());
    inputs.put("reconsidered", closed.reconsidered());
    inputs.put("greenChannel", closed.greenChannel());
    inputs.put("approvedAmount", closed.approvedAmount());
    inputs.put("randomDraw", randomDraw);
    Map<String, Object> result = decisions.single("callBackSampling", inputs);
    return new Selection(Boolean.TRUE.equals(result.get("callBack")), (String) result.get("selectionReason"));
  }

  /** Records a selected case as a call-back to make; null when the case already has one. */
  @Transactional
  public String open(ClosedCase closed, String reason) {
    if (callBacks.findByCase(closed.caseType(), closed.caseNumber()).isPresent()) {
      return null;
    }
    String id = UUID.randomUUID().toString();
    callBacks.insertSelected(id, closed.caseType(), closed.caseNumber(), reason, clock.instant());
    return id;
  }

  public CallBack require(String callBackId) {
    return callBacks.find(callBackId).orElseThrow(() -> new IllegalStateException("No call-back " + callBackId));
  }

  /** A call that did not reach the customer; returns the number of calls made so far. */
  @Transactional
  public int recordUnansweredCall(String callBackId, String by) {
    callBacks.recordUnansweredAttempt(callBackId, by);
    return require(callBackId).attempts();
  }

  /**
   * The customer's answers; returns whether a supervisor follows up: the table {@code callBackFollowUp}
   * asks for it, or the customer wants to complain.
   */
  @Transactional
  public boolean recordAnswers(String callBackId, Questionnaire q, String by, boolean wantsComplaint) {
    boolean followUp = wantsComplaint || followUpNeeded(q);
    callBacks.recordReached(callBackId, new CallBackRepository.Answers(q.overallSatisfaction(), q.speedScore(),
        q.attitudeScore(), q.clarityScore(), q.contactChanged(), q.customerComment(), followUp), by, clock.instant());
    return followUp;
  }

  boolean followUpNeeded(Questionnaire q) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("overallSatisfaction", q.overallSatisfaction());
    inputs.put("lowestScore", Math.min(q.speedScore(), Math.min(q.attitudeScore(), q.clarityScore())));
    inputs.put("customerComment", q.customerComment());
    return Boolean.TRUE.equals(decisions.single("callBackFollowUp", inputs).get("followUpNeeded"));
  }

  /** What the case's supervisor did about a dissatisfied customer. */
  @Transactional
  public void recordFollowUp(String callBackId, String note, String by) {
    callBacks.recordFollowUp(callBackId, note, by, clock.instant());
  }

  /** Three calls without an answer: the SMS questionnaire link stands in, and the call-back closes as not reached. */
  @Transactional
  public void closeNotReached(String callBackId) {
    CallBack callBack = require(callBackId);
    Map<String, Object> values = Map.of("caseNumber", callBack.caseNumber(), "surveyLink", surveyUrl + callBackId);
    NoticeTemplates.Rendered notice = templates.render("callback/satisfaction-survey", values);
    outbox.enqueue(callBack.caseNumber(), "SATISFACTION_SURVEY", contact(callBack), notice.subject(), notice.body(),
        "call-back-survey:" + callBackId);
    callBacks.recordNotReached(callBackId, clock.instant());
  }

  /**
   * The complaint the customer asked for during the call-back, with the case linked (idempotent: the
   * call-back id is the key, so a retried step finds the first complaint).
   */
  @Transactional
  public String raiseComplaint(String callBackId, String by) {
    CallBack callBack = require(callBackId);
    String name;
    String phone;
    String email;
    String policyNumber;
    String claimNumber;
    if (CallBack.CLAIM.equals(callBack.caseType())) {
      Claim claim = claims.require(callBack.caseNumber());
      name = claim.claimantName();
      phone = claim.claimantPhone();
      email = claim.claimantEmail();
      policyNumber = claim.policyNumber();
      claimNumber = claim.claimNumber();
    } else {
      Complaint complaint = complaints.require(callBack.caseNumber());
      name = complaint.complainantName();
      phone = complaint.complainantPhone();
      email = complaint.complainantEmail();
      policyNumber = complaint.policyNumber();
      claimNumber = complaint.claimNumber();
    }
    String comment = callBack.customerComment() == null ? "（回访中未留意见）" : callBack.customerComment();
    ComplaintSubmission submission = new ComplaintSubmission(ComplaintSubmission.Channel.PHONE,
        new ComplaintSubmission.Complainant(name, phone, email), policyNumber, claimNumber,
        ComplaintSubmission.Category.SERVICE, "回访中客户提出投诉 Complaint raised in the call-back on "
            + callBack.caseNumber(), "回访 " + callBack.caseNumber() + "，总体满意度 " + callBack.overallSatisfaction()
            + "/5。客户意见：" + comment, null, null);
    String complaintNumber = complaints.submit(submission, "call-back:" + callBackId, by).complaint()
        .complaintNumber();
    callBacks.linkComplaint(callBackId, complaintNumber);
    return complaintNumber;
  }

  private NotificationOutbox.Contact contact(CallBack callBack) {
    if (CallBack.CLAIM.equals(callBack.caseType())) {
      Claim claim = claims.require(callBack.caseNumber());
      return new NotificationOutbox.Contact(claim.claimantPhone(), claim.claimantEmail());
    }
    Complaint complaint = complaints.require(callBack.caseNumber());
    return new NotificationOutbox.Contact(complaint.complainantPhone(), complaint.complainantEmail());
  }
}
