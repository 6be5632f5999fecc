package cn.insure.claims.claim.process;

import cn.insure.claims.system.engine.TaskActors;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.insure.claims.claim.ClaimWorkflow;

/**
 * On completion of every review task ({@code firstReview}, {@code secondReview},
 * {@code panelReview}, {@code approveAdvancePayment}, {@code panelReconsideration},
 * {@code handleOverduePayment}): checks the
 * decision fields the form cannot check (e.g. a rejection needs its reason) and records the
 * decision — who, when, what, why — on the claim, in the same transaction as the completion.
 */
@Component
class RecordReviewListener implements TaskListener {

  /** The review stage each task records (the four-eyes rule compares stages). */
  private static final Map<String, String> STAGES = Map.of("firstReview", "FIRST_REVIEW", "secondReview",
      "SECOND_REVIEW", "panelReview", "PANEL_REVIEW", "panelReconsideration", "RECONSIDERATION");

  private final ClaimWorkflow workflow;
  private final ReviewAuthority authority;

  RecordReviewListener(ClaimWorkflow workflow, ReviewAuthority authority) {
    this.workflow = workflow;
    this.authority = authority;
  }

  @Override
  public void notify(DelegateTask task) {
    String claimNumber = (String) task.getVariable(ClaimHandlingProcess.VAR_CLAIM_NUMBER);
    String actor = TaskActors.completerOf(task);
    authority.requireFreshEyes(task, claimNumber, STAGES.getOrDefault(task.getTaskDefinitionKey(), ""), actor);
    switch (task.getTaskDefinitionKey()) {
      case "firstReview" -> {
        String liability = oneOf(task, "liability", List.of("COVERED", "NOT_COVERED"));
        BigDecimal amount = amount(task, "assessedAmount");
        authority.requireWithinAuthority(task, claimNumber, "assessedAmount", amount);
        String comment = (String) task.getVariable("reviewComment");
        if ("NOT_COVERED".equals(liability) && blank(comment)) {
          throw new BadUserRequestException("reviewComment: 不属于保险责任时须写明理由及合同依据 A not-covered "
              + "decision needs the reasons and the contract basis");
        }
        boolean fraud = Boolean.TRUE.equals(task.getVariable("fraudSuspected"));
        task.setVariable("fraudSuspected", fraud);
        task.setVariable("firstReviewer", actor);
        task.setVariable("decisionReason", comment);
        workflow.recordReview(claimNumber, "FIRST_REVIEW", actor, liability + (fraud ? " FRAUD_SUSPECTED" : ""),
            amount, comment);
      }
      case "secondReview" -> {
        Object agrees = task.getVariable("secondReviewAgrees");
        if (!(agrees instanceof Boolean)) {
          throw new BadUserRequestException("secondReviewAgrees: true or false is required");
        }
        BigDecimal approved = amount(task, "approvedAmount");
        authority.requireWithinAuthority(task, claimNumber, "approvedAmount", approved);
        workflow.recordReview(claimNumber, "SECOND_REVIEW", actor, (Boolean) agrees ? "AGREES" : "DISAGREES",
            approved, (String) task.getVariable("reviewComment"));
      }
      case "panelReview" -> {
        String decision = oneOf(task, "panelDecision", List.of("APPROVE", "REJECT"));
        String opinion = required(task, "panelOpinion");
        task.setVariable("decisionReason", opinion);
        BigDecimal approved = amount(task, "approvedAmount");
        authority.requireWithinAuthority(task, claimNumber, "approvedAmount", approved);
        workflow.recordReview(claimNumber, "PANEL_REVIEW", actor, decision, approved, opinion);
      }
      case "approveAdvancePayment" -> {
        boolean approved = Boolean.TRUE.equals(task.getVariable("advancePaymentApproved"));
        task.setVariable("advancePaymentApproved", approved);
        BigDecimal advance = approved ? amount(task, "advanceAmount") : null;
        authority.requireWithinAuthority(task, claimNumber, "advanceAmount", advance);
        workflow.recordReview(claimNumber, "ADVANCE_PAYMENT", actor, approved ? "APPROVED" : "DECLINED", advance,
            (String) task.getVariable("approvalComment"));
      }
      case "panelReconsideration" -> {
        String decision = oneOf(task, "reconsiderationDecision", List.of("UPHELD", "REVISED"));
        String opinion = required(task, "panelOpinion");
        task.setVariable("decisionReason", opinion);
        BigDecimal approved = amount(task, "approvedAmount");
        authority.requireWithinAuthority(task, claimNumber, "approvedAmount", approved);
        workflow.recordReview(claimNumber, "RECONSIDERATION", actor, decision, approved, opinion);
      }
      case "handleOverduePayment" -> workflow.recordReview(claimNumber, "OVERDUE_PAYMENT", actor, "HANDLED", null,
          required(task, "overdueNote"));
      default -> throw new IllegalStateException("recordReviewListener is not meant for task "
          + task.getTaskDefinitionKey());
    }
    task.setVariable("reviewHistory", workflow.reviewHistoryText(claimNumber));
    // Tasklist fills a form from the process variables: the next reviewer must start with empty
    // comment boxes, not with the previous reviewer's words (they are kept in reviewHistory).
    task.removeVariable("reviewComment");
    task.removeVariable("panelOpinion");
    task.removeVariable("approvalComment");
  }

  private static String oneOf(DelegateTask task, String name, List<String> allowed) {
    Object value = task.getVariable(name);
    if (value == null || !allowed.contains(value.toString())) {
      throw new BadUserRequestException(name + ": must be one of " + allowed + (value == null ? "" : ", got " + value));
    }
    return value.toString();
  }

  private static String required(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    if (value == null || blank(value.toString())) {
      throw new BadUserRequestException(name + ": 必填 is required");
    }
    return value.toString();
  }

  private static BigDecimal amount(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    if (!(value instanceof Number number) || number.doubleValue() < 0) {
      throw new BadUserRequestException(name + ": an amount of 0 or more CNY is required");
    }
    BigDecimal amount = new BigDecimal(number.toString()).setScale(2, RoundingMode.HALF_UP);
    task.setVariable(name, amount.doubleValue());
    return amount;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
