package cn.insure.claims.complaint.process;

import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_SPOT_CHECK_DRAWN;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.complaint.ComplaintSpotChecks;

/** Task {@code drawComplaintSpotCheck}: draws the closed complaint for a spot check (抽检) or not. */
@Component
class DrawComplaintSpotCheckDelegate implements JavaDelegate {

  private final ComplaintSpotChecks spotChecks;

  DrawComplaintSpotCheckDelegate(ComplaintSpotChecks spotChecks) {
    this.spotChecks = spotChecks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintNumber = (String) execution.getVariable(ComplaintHandlingProcess.VAR_COMPLAINT_NUMBER);
    execution.setVariable(VAR_SPOT_CHECK_DRAWN, spotChecks.draw(complaintNumber));
  }
}
