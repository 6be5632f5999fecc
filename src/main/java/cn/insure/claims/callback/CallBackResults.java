package cn.insure.claims.callback;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** The call-back of a claim or complaint, for the staff view of the case. */
@Component
public class CallBackResults {

  private final CallBackRepository callBacks;

  CallBackResults(CallBackRepository callBacks) {
    this.callBacks = callBacks;
  }

  public Optional<CallBack> ofClaim(String claimNumber) {
    return callBacks.findByCase(CallBack.CLAIM, claimNumber);
  }

  public Optional<CallBack> ofComplaint(String complaintNumber) {
    return callBacks.findByCase(CallBack.COMPLAINT, complaintNumber);
  }
}
