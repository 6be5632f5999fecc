package cn.insure.claims.complaint;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;

import cn.insure.claims.claim.Claim;
import cn.insure.claims.claim.ClaimService;

/**
 * Triage of a complaint (分级分派): the facts the {@code complaintTriage} decision reads — linked claim,
 * cause and how many complaints share it, open crisis incidents — and the record of what it decided,
 * with the clocks that start from the time of receipt. Called by the delegates in
 * {@code complaint.process} within the engine's transaction.
 */
@Service
public class ComplaintTriage {

  /** What triage needs to know beyond the complaint itself. */
  public record Facts(boolean linkedClaim, boolean claimDisputable, String causeType, int sameCauseComplaints,
      boolean crisisIncidentOpen, int sameProductComplaints) {
  }

  /** The result of the {@code complaintTriage} decision. */
  public record Triage(String urgency, String category, boolean massComplaint, String handlingGroup,
      int acknowledgementDays, int decisionDays, boolean claimReconsideration, String reason, String crisisCause) {
  }

  private final ComplaintRepository complaints;
  private final ComplaintCauses causes;
  private final CrisisIncidents incidents;
  private final ClaimService claimService;
  private final ComplaintClocks clocks;
  private final Clock clock;

  ComplaintTriage(ComplaintRepository complaints, ComplaintCauses causes, CrisisIncidents incidents,
      ClaimService claimService, ComplaintClocks clocks, Clock clock) {
    this.complaints = complaints;
    this.causes = causes;
    this.incidents = incidents;
    this.claimService = claimService;
    this.clocks = clocks;
    this.clock = clock;
  }

  /**
   * Gathers the facts triage decides on: the linked claim and whether its decision can still be
   * disputed, how many complaints share the cause within the grouping window and whether a crisis
   * incident for it still collects complaints. Locks the cause until the transaction ends, so the
   * crisis step of this complaint sees what triage saw.
   */
  public Facts analyse(String complaintNumber) {
    Complaint complaint = complaint(complaintNumber);
    Instant now = clock.instant();
    boolean disputable = complaint.claimNumber() != null && claimService.find(complaint.claimNumber())
        .filter(claim -> claim.decision() != null && claim.disputedAt() == null && !claim.archived())
        .map(Claim::claimNumber).map(claimService::waitsForDispute).orElse(false);
    Instant windowStart = clocks.crisisWindowStart(now);
    // Product complaints about the same product in the window, this one included (the table checks
    // that this one is a product complaint too).
    int sameProduct = complaint.productName() == null ? 0
        : complaints.countProductComplaints(complaint.productName(), windowStart, complaintNumber) + 1;
    if (complaint.causeKey() == null) {
      return new Facts(complaint.claimNumber() != null, disputable, null, 1, false, sameProduct);
    }
    ComplaintCauses.Cause cause = causes.lock(complaint.causeKey());
    boolean incidentOpen = incidents.collecting(cause.key(), now).isPresent();
    if (!incidentOpen && complaint.productName() != null && !cause.type().equals("PRODUCT") && aboutTheProduct(complaint)) {
      // A crisis incident for the product still collects: a product complaint belongs to it.
      ComplaintCauses.Cause product = ComplaintCauses.ofProduct(complaint.productName());
      if (incidents.collecting(product.key(), now).isPresent()) {
        cause = regroup(complaint, product, now);
        incidentOpen = true;
      }
    }
    return new Facts(complaint.claimNumber() != null, disputable, cause.type(),
        complaints.countWithCause(cause.key(), windowStart), incidentOpen, sameProduct);
  }

  /** Said to be about the product at intake, or about no claim in particular (triage may call it PRODUCT). */
  private static boolean aboutTheProduct(Complaint complaint) {
    return complaint.statedCategory() == null ? complaint.claimNumber() == null
        : complaint.statedCategory().equals("PRODUCT");
  }

  /** Groups the complaint by another cause from now on; locks that cause like the first one. */
  private ComplaintCauses.Cause regroup(Complaint complaint, ComplaintCauses.Cause cause, Instant now) {
    causes.ensure(cause, now);
    ComplaintCauses.Cause locked = causes.lock(cause.key());
    complaints.recordCause(complaint.complaintNumber(), locked.key(), now);
    complaints.addEvent(complaint.complaintNumber(), now, "CAUSE_REGROUPED", "原因归类改为：" + locked.description()
        + " Grouped by " + locked.description(), null);
    return locked;
  }

  /** Records what triage decided and starts the clocks from the time of receipt. */
  public ComplaintWorkflow.DecisionClock recordTriage(String complaintNumber, Triage triage) {
    Complaint complaint = complaint(complaintNumber);
    Instant now = clock.instant();
    Instant acknowledgementDue = clocks.afterDays(complaint.receivedAt(), triage.acknowledgementDays());
    Instant decisionDue = clocks.afterDays(complaint.receivedAt(), triage.decisionDays());
    complaints.recordTriage(complaintNumber, triage, acknowledgementDue, decisionDue, now);
    if ("PRODUCT".equals(triage.crisisCause()) && complaint.productName() != null
        && !ComplaintCauses.ofProduct(complaint.productName()).key().equals(complaint.causeKey())) {
      regroup(complaint, ComplaintCauses.ofProduct(complaint.productName()), now);
    }
    complaints.addEvent(complaintNumber, now, "TRIAGED", "分级分派：" + triage.urgency() + " · " + triage.category()
        + " · " + triage.handlingGroup() + " · 处理时限 " + ComplaintClocks.day(decisionDue) + "（" + triage.decisionDays()
        + "日） Triaged: " + triage.reason(), null);
    return new ComplaintWorkflow.DecisionClock(acknowledgementDue, decisionDue, clocks.reminderAt(decisionDue));
  }

  private Complaint complaint(String complaintNumber) {
    return complaints.find(complaintNumber)
        .orElseThrow(() -> new IllegalStateException("No complaint " + complaintNumber));
  }
}
