package cn.insure.claims.callback;

import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.insure.claims.system.feedback.CustomerFeedback;
import cn.insure.claims.system.privacy.PersonalData;

/** The call-back of a claim or complaint, for the staff view of the case. */
@Component
public class CallBackResults implements CustomerFeedback {

  private final CallBackRepository callBacks;

  CallBackResults(CallBackRepository callBacks) {
    this.callBacks = callBacks;
  }

  @Override
  public Optional<CallBackResult> ofClaim(String claimNumber) {
    return callBacks.findByCase(CallBack.CLAIM, claimNumber).map(CallBackResults::result);
  }

  @Override
  public Optional<CallBackResult> ofComplaint(String complaintNumber) {
    return callBacks.findByCase(CallBack.COMPLAINT, complaintNumber).map(CallBackResults::result);
  }

  /** The stored call-back itself, answers unmasked (for the call-back feature and its tests). */
  public Optional<CallBack> find(String caseType, String caseNumber) {
    return callBacks.findByCase(caseType, caseNumber);
  }

  private static CallBackResult result(CallBack c) {
    return new CallBackResult(c.selectionReason(), c.outcome(), c.attempts(), c.overallSatisfaction(), c.speedScore(),
        c.attitudeScore(), c.clarityScore(), c.contactChanged(), PersonalData.maskText(c.customerComment()),
        c.followUpOpened(), PersonalData.maskText(c.followUpNote()), c.linkedComplaintNumber(), c.calledBy(),
        c.completedAt());
  }
}
