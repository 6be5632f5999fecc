package cn.insure.claims.complaint.process;

import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_EXTENSION_APPROVED_BY;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_HANDLING_OUTCOME;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_REQUESTED_DUE_TEXT;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_REQUESTED_EXTENSION_REASON;
import static cn.insure.claims.complaint.process.ComplaintHandlingProcess.VAR_REVIEW_DUE_AT;

import cn.insure.claims.system.engine.TaskActors;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.insure.claims.complaint.ComplaintClocks;
import cn.insure.claims.complaint.ComplaintWorkflow;

/**
 * On completion of every complaint task ({@code handleComplaint}, {@code handleEscalatedComplaint},
 * {@code approveExtension}, {@code reviewComplaint}, {@code recordComplainantFeedback}): checks what
 * a form cannot (a resolution when resolved, a reason for more time, an extension still allowed)
 * and records the decision — who, when, what, why — on the complaint in the same transaction. The
 * gateways then read what was recorded ({@code handlingOutcome}), and the fields the next form would
 * be pre-filled with are cleared.
 */
@Component
class RecordHandlingListener implements TaskListener {

  private final ComplaintWorkflow workflow;

  RecordHandlingListener(ComplaintWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void notify(DelegateTask task) {
    String complaintNumber = (String) task.getVariable(ComplaintHandlingProcess.VAR_COMPLAINT_NUMBER);
    String actor = TaskActors.completerOf(task);
    switch (task.getTaskDefinitionKey()) {
      case "handleComplaint", "handleEscalatedComplaint" -> handle(task, complaintNumber, actor);
      case "approveExtension" -> {
        boolean approved = flag(task, ComplaintHandlingProcess.VAR_EXTENSION_APPROVED);
        String comment = text(task, ComplaintHandlingProcess.VAR_APPROVAL_COMMENT);
        if (!approved && comment == null) {
          throw new BadUserRequestException("approvalComment: 不同意延期时须说明理由 A declined extension needs a reason");
        }
        workflow.recordExtensionApproval(complaintNumber, actor, approved, comment);
        task.setVariable(ComplaintHandlingProcess.VAR_EXTENSION_APPROVED, approved);
        if (approved) {
          task.setVariable(VAR_EXTENSION_APPROVED_BY, actor);
        }
        task.removeVariable(ComplaintHandlingProcess.VAR_APPROVAL_COMMENT);
      }
      case "reviewComplaint" -> {
        Object outcome = task.getVariable(ComplaintHandlingProcess.VAR_REVIEW_OUTCOME);
        if (outcome == null || !List.of("UPHELD", "REVISED").contains(outcome.toString())) {
          throw new BadUserRequestException("reviewOutcome: must be UPHELD or REVISED" + (outcome == null ? ""
              : ", got " + outcome));
        }
        String comment = required(task, ComplaintHandlingProcess.VAR_REVIEW_COMMENT,
            "核查意见必填 The review needs its reasons");
        workflow.recordReview(complaintNumber, actor, outcome.toString(), comment);
      }
      case "recordComplainantFeedback" -> {
        Object satisfied = task.getVariable(ComplaintHandlingProcess.VAR_SATISFIED);
        if (!(satisfied instanceof Boolean)) {
          throw new BadUserRequestException("satisfied: true or false is required");
        }
        workflow.recordFeedback(complaintNumber, (Boolean) satisfied,
            text(task, ComplaintHandlingProcess.VAR_FEEDBACK_COMMENT), actor);
        if (!(Boolean) satisfied) {
          task.setVariable(VAR_REVIEW_DUE_AT, Date.from(workflow.reviewDueAt()));
        }
      }
      default -> throw new IllegalStateException("recordHandlingListener is not meant for task "
          + task.getTaskDefinitionKey());
    }
  }

  private void handle(DelegateTask task, String complaintNumber, String actor) {
    boolean resolved = flag(task, ComplaintHandlingProcess.VAR_RESOLVED);
    boolean extensionRequested = flag(task, ComplaintHandlingProcess.VAR_EXTENSION_REQUESTED);
    String resolution = text(task, ComplaintHandlingProcess.VAR_RESOLUTION);
    String extensionReason = text(task, ComplaintHandlingProcess.VAR_EXTENSION_REASON);
    if (resolved && extensionRequested) {
      throw new BadUserRequestException("extensionRequested: 已处理完毕的投诉不能再申请延期 A resolved complaint needs no "
          + "extension; untick one of the two");
    }
    if (resolved && resolution == null) {
      throw new BadUserRequestException("resolution: 处理完毕时须填写处理结果（调查情况、处理意见、诉求是否满足）"
          + " A resolved complaint needs its resolution: what was found, what was decided, whether the request was met");
    }
    if (!resolved && !extensionRequested) {
      throw new BadUserRequestException("resolved: 请作出处理结果或申请延期 Resolve the complaint or ask for an extension");
    }
    if (extensionRequested && extensionReason == null) {
      throw new BadUserRequestException("extensionReason: 申请延期须说明理由，理由将告知投诉人 An extension needs a reason; "
          + "the complainant is told it");
    }
    if (extensionRequested) {
      ComplaintClocks.Extension extension = workflow.possibleExtension(complaintNumber).orElseThrow(() ->
          new BadUserRequestException("extensionRequested: 已用尽延期（经审批的再延期只有一次），请作出处理结果"
              + " No extension left (the approved one was used); resolve the complaint"));
      // What the approver sees; the request itself is on the complaint's record.
      task.setVariable(VAR_REQUESTED_EXTENSION_REASON, extensionReason);
      task.setVariable(VAR_REQUESTED_DUE_TEXT, ComplaintClocks.day(extension.dueAt()));
    }
    ComplaintWorkflow.HandlingOutcome outcome = workflow.recordHandling(complaintNumber, actor, resolved, resolution,
        extensionReason);
    task.setVariable(VAR_HANDLING_OUTCOME, outcome.name());
    Object handlers = task.getVariable(ComplaintHandlingProcess.VAR_HANDLERS);
    task.setVariable(ComplaintHandlingProcess.VAR_HANDLERS, handlers == null || handlers.toString().isBlank() ? actor
        : List.of(handlers.toString().split(",")).contains(actor) ? handlers : handlers + "," + actor);
    task.removeVariable(ComplaintHandlingProcess.VAR_RESOLVED);
    task.removeVariable(ComplaintHandlingProcess.VAR_EXTENSION_REQUESTED);
    task.removeVariable(ComplaintHandlingProcess.VAR_EXTENSION_REASON);
    if (!resolved) {
      task.removeVariable(ComplaintHandlingProcess.VAR_RESOLUTION);
    }
  }

  private static boolean flag(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    if (value != null && !(value instanceof Boolean)) {
      throw new BadUserRequestException(name + ": true or false is required, got " + value);
    }
    return Boolean.TRUE.equals(value);
  }

  private static String required(DelegateTask task, String name, String why) {
    String value = text(task, name);
    if (value == null) {
      throw new BadUserRequestException(name + ": " + why);
    }
    return value;
  }

  private static String text(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
