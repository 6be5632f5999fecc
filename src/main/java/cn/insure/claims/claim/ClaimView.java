package cn.insure.claims.claim;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.insure.claims.system.feedback.CustomerFeedback;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.insure.claims.payment.ClaimPayments;
import cn.insure.claims.system.privacy.PersonalData;

/**
 * A claim as the API shows it to channels and staff: where it stands, in words, with personal data
 * masked. Staff also see the call-back after the claim was closed ({@code callBack}).
 */
public record ClaimView(
    String claimNumber,
    String policyNumber,
    String productLine,
    String claimType,
    String channel,
    String status,
    Stage stage,
    boolean greenChannel,
    Claimant claimant,
    Loss loss,
    BigDecimal claimedAmount,
    List<String> missingDocuments,
    Decision decision,
    List<Payment> payments,
    DueDates dueDates,
    boolean determinationBreached,
    List<Document> documents,
    List<TimelineEntry> timeline,
    boolean archived,
    @JsonInclude(JsonInclude.Include.NON_NULL) CustomerFeedback.CallBackResult callBack) {

  /** The current stage in words a customer understands. */
  public record Stage(String zh, String en) {
  }

  public record Claimant(String name, String idNumber, String phone) {
  }

  public record Loss(LocalDate date, String place, String regionCode, String peril, String cause) {
  }

  public record Decision(String outcome, BigDecimal approvedAmount, Instant decidedAt, List<Review> reviews) {
  }

  public record Review(String stage, String decidedBy, Instant decidedAt, String outcome, BigDecimal amount,
      String reason) {
  }

  public record Payment(String kind, String method, BigDecimal amount, Instant paidAt, String reference) {
  }

  public record DueDates(Instant documentsDue, Instant determinationDue, Instant paymentDue) {
  }

  public record Document(String documentId, String type, String fileName, String contentType, long sizeBytes,
      String sha256, Instant receivedAt, String href) {
  }

  public record TimelineEntry(Instant at, String type, String description) {
  }

  /** Stages by the step the process waits at; anything else falls back to the status. */
  static final Map<String, Stage> STAGES = Map.of(
      "awaitMissingDocuments", new Stage("等待您补充资料", "Waiting for your missing documents"),
      "firstReview", new Stage("初审中", "First review in progress"),
      "secondReview", new Stage("复审中", "Second review in progress"),
      "panelReview", new Stage("疑难案件会审中", "Under review by the claims panel"),
      "payClaimOnline", new Stage("赔款支付中", "Payment in progress"),
      "recordOfflinePayment", new Stage("等待线下领取赔款", "Ready to be collected at the counter"),
      "correctPayeeAccount", new Stage("收款账户有误，正在核实", "Your bank account is being checked; we may contact you"),
      "panelReconsideration", new Stage("复议中", "Your dispute is being reconsidered"),
      "awaitDisputeGateway", new Stage("已通知理赔决定", "Decision notified"));

  /** The stage a customer reads: the first active step that names one, else the claim's status. */
  static Stage stageOf(Claim claim, List<String> activeSteps) {
    return activeSteps.stream().filter(STAGES::containsKey).findFirst().map(STAGES::get)
        .orElse(new Stage(claim.status().chinese(), claim.status().english()));
  }

  /** The statutory due dates of the claim; {@code documentsDue} is derived from when documents were requested. */
  static DueDates dueDatesOf(Claim claim, Instant documentsDue) {
    return new DueDates(documentsDue, claim.determinationDueAt(), claim.paymentDueAt());
  }

  static ClaimView of(Claim claim, List<String> activeSteps, List<String> missing,
      List<ClaimRepository.Decision> reviews, List<ClaimPayments.Payment> payments,
      List<ClaimDocuments.Document> documents, List<ClaimRepository.Event> events, Instant documentsDue,
      CustomerFeedback.CallBackResult callBack) {
    Stage stage = stageOf(claim, activeSteps);
    return new ClaimView(claim.claimNumber(), claim.policyNumber(), claim.productLine(), claim.claimType(),
        claim.channel(), claim.status().name(), stage, claim.greenChannel(),
        new Claimant(claim.claimantName(), PersonalData.maskIdNumber(claim.claimantIdNumber()),
            PersonalData.maskPhone(claim.claimantPhone())),
        new Loss(claim.lossDate(), claim.lossPlace(), claim.regionCode(), claim.peril(), claim.lossCause()),
        claim.claimedAmount(), missing,
        claim.decision() == null && reviews.isEmpty() ? null : new Decision(claim.decision(), claim.approvedAmount(),
            claim.decidedAt(), reviews.stream().map(r -> new Review(r.stage(), r.decidedBy(), r.decidedAt(),
                r.outcome(), r.amount(), r.reason())).toList()),
        payments.stream().map(p -> new Payment(p.kind().name(), p.method(), p.amount(), p.paidAt(), p.reference()))
            .toList(),
        dueDatesOf(claim, documentsDue), claim.determinationBreached(),
        documents.stream().map(d -> new Document(d.documentId(), d.type(), d.fileName(), d.contentType(),
            d.sizeBytes(), d.sha256(), d.receivedAt(), "/api/claims/" + claim.claimNumber() + "/documents/"
                + d.documentId())).toList(),
        events.stream().map(e -> new TimelineEntry(e.occurredAt(), e.type(), e.description())).toList(),
        claim.archived(), callBack);
  }
}
