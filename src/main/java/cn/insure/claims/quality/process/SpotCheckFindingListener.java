package cn.insure.claims.quality.process;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.insure.claims.claim.ClaimSpotCheckFinding;
import cn.insure.claims.complaint.ComplaintSpotCheckFinding;
import cn.insure.claims.quality.Rectifications;
import cn.insure.claims.system.cluster.ProcessStarts;
import cn.insure.claims.system.engine.ApplicationStarts;
import cn.insure.claims.system.identity.Roles;

/**
 * A spot check found something not in order: the rectification is recorded with its deadline and
 * {@code spotCheckRectification} started for the claims supervisors (a claim) or the complaints
 * supervisors (a complaint), in the spot check's transaction,
 * as the application's start ({@link ApplicationStarts}).
 */
@Component
class SpotCheckFindingListener {

  private final Rectifications rectifications;
  private final ProcessStarts processStarts;

  SpotCheckFindingListener(Rectifications rectifications, ProcessStarts processStarts) {
    this.rectifications = rectifications;
    this.processStarts = processStarts;
  }

  @EventListener
  void claimFinding(ClaimSpotCheckFinding finding) {
    Rectifications.Rectification rectification = rectifications.open("CLAIM", finding.claimNumber(),
        finding.finding(), finding.inspector());
    ApplicationStarts.asApplication(() -> processStarts.start(SpotCheckRectificationProcess.KEY,
        "RECT-" + finding.claimNumber(), SpotCheckRectificationProcess.variablesOf(rectification,
            Roles.CLAIMS_SUPERVISORS)));
  }

  @EventListener
  void complaintFinding(ComplaintSpotCheckFinding finding) {
    Rectifications.Rectification rectification = rectifications.open("COMPLAINT", finding.complaintNumber(),
        finding.finding(), finding.inspector());
    ApplicationStarts.asApplication(() -> processStarts.start(SpotCheckRectificationProcess.KEY,
        "RECT-" + finding.complaintNumber(), SpotCheckRectificationProcess.variablesOf(rectification,
            Roles.COMPLAINTS_SUPERVISORS)));
  }
}
