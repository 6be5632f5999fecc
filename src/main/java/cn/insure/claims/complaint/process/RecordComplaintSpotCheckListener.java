package cn.insure.claims.complaint.process;

import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_SPOT_CHECK_FINDINGS;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.insure.claims.complaint.ComplaintSpotChecks;
import cn.insure.claims.system.engine.TaskActors;

/**
 * On completion of {@code spotCheckComplaint}: records the quality inspector's verdict. Anything not in
 * order needs a written finding, which goes to the complaints supervisors to be rectified. An inspector
 * who handled the complaint may not spot-check it.
 */
@Component
class RecordComplaintSpotCheckListener implements TaskListener {

  private final ComplaintSpotChecks spotChecks;

  RecordComplaintSpotCheckListener(ComplaintSpotChecks spotChecks) {
    this.spotChecks = spotChecks;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean processFollowed = yesOrNo(task, "processFollowed");
    boolean resolutionReasonable = yesOrNo(task, "resolutionReasonable");
    boolean customerInformed = yesOrNo(task, "customerInformed");
    Object findings = task.getVariable(VAR_SPOT_CHECK_FINDINGS);
    String text = findings == null ? "" : findings.toString().trim();
    if (!(processFollowed && resolutionReasonable && customerInformed) && text.isEmpty()) {
      throw new BadUserRequestException("spotCheckFindings: 有不合规项时须写明问题 Describe what was not in order");
    }
    String inspector = TaskActors.completerOf(task);
    String complaintNumber = (String) task.getVariable(ComplaintHandlingProcess.VAR_COMPLAINT_NUMBER);
    boolean handledIt = task.getProcessEngineServices().getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).taskAssignee(inspector).finished().list().stream()
        .anyMatch(done -> !done.getId().equals(task.getId()));
    if (handledIt) {
      throw new BadUserRequestException("spotCheckComplaint: 不得抽检本人经办的投诉 " + inspector
          + " worked on this complaint and may not spot-check it; another inspector must");
    }
    spotChecks.recordInspection(complaintNumber, inspector, processFollowed, resolutionReasonable, customerInformed,
        text.isEmpty() ? null : text);
  }

  private static boolean yesOrNo(DelegateTask task, String name) {
    if (!(task.getVariable(name) instanceof Boolean value)) {
      throw new BadUserRequestException(name + ": true or false is required");
    }
    return value;
  }
}
