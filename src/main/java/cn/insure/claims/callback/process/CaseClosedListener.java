package cn.insure.claims.callback.process;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.insure.claims.callback.CallBack;
import cn.insure.claims.callback.CallBackService;
import cn.insure.claims.claim.ClaimArchived;
import cn.insure.claims.complaint.ComplaintClosed;
import cn.insure.claims.system.cluster.ProcessStarts;
import cn.insure.claims.system.engine.ApplicationStarts;

/**
 * A claim was archived or a complaint closed: if the table {@code callBackSampling} selects the case,
 * its call-back is recorded and {@code customerCallBack} started, in the case's transaction, as the
 * application's start ({@link ApplicationStarts}).
 */
@Component
class CaseClosedListener {

  private final CallBackService callBacks;
  private final ProcessStarts processStarts;
  private final int maxAttempts;
  private final Duration retryAfter;

  CaseClosedListener(CallBackService callBacks, ProcessStarts processStarts,
      @Value("${claims.call-back.max-attempts:3}") int maxAttempts,
      @Value("${claims.call-back.retry-after:P1D}") Duration retryAfter) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("claims.call-back.max-attempts must be at least 1, got " + maxAttempts);
    }
    this.callBacks = callBacks;
    this.processStarts = processStarts;
    this.maxAttempts = maxAttempts;
    this.retryAfter = retryAfter;
  }

  @EventListener
  void claimArchived(ClaimArchived event) {
    consider(new CallBackService.ClosedCase(CallBack.CLAIM, event.claimNumber(), event.decision(),
        event.reconsidered(), event.greenChannel(), event.approvedAmount()));
  }

  @EventListener
  void complaintClosed(ComplaintClosed event) {
    consider(new CallBackService.ClosedCase(CallBack.COMPLAINT, event.complaintNumber(), null, false, false, null));
  }

  private void consider(CallBackService.ClosedCase closed) {
    CallBackService.Selection selection = callBacks.select(closed);
    if (!selection.callBack()) {
      return;
    }
    String callBackId = callBacks.open(closed, selection.reason());
    if (callBackId == null) {
      return;
    }
    ApplicationStarts.asApplication(() -> processStarts.start(CustomerCallBackProcess.KEY,
        CustomerCallBackProcess.businessKey(closed.caseNumber()), CustomerCallBackProcess.variablesOf(callBackId,
            closed.caseType(), closed.caseNumber(), selection.reason(), maxAttempts, retryAfter.toString())));
  }
}
