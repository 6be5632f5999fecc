package cn.insure.claims.claim.process;

import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_ADVANCE_PAYMENT_APPROVED;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_APPROVAL_COMMENT;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_CLAIM_NUMBER;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_DECISION_REASON;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_FIRST_REVIEWER;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_FRAUD_SUSPECTED;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_PANEL_OPINION;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_REVIEW_COMMENT;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_REVIEW_HISTORY;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_SECOND_REVIEW_AGREES;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.insure.claims.claim.ClaimWorkflow;
import cn.insure.claims.system.engine.EngineAmounts;
import cn.insure.claims.system.engine.TaskActors;

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
    String claimNumber = (String) task.getVariable(VAR_CLAIM_NUMBER);
    String actor = TaskActors.completerOf(task);
    authority.requireFreshEyes(task, claimNumber, STAGES.getOrDefault(task.getTaskDefinitionKey(), ""), actor);
    switch (task.getTaskDefinitionKey()) {
      case "firstReview" -> {
        String liability = oneOf(task, "liability", List.of("COVERED", "NOT_COVERED"));
        BigDecimal amount = amount(task, "assessedAmount");
        authority.requireWithinAuthority(task, claimNumber, "assessedAmount", amount);
        String comment = (String) task.getVariable(VAR_REVIEW_COMMENT);
        if ("NOT_COVERED".equals(liability) && blank(comment)) {
          throw new BadUserRequestException("reviewComment: 不属于保险责任时须写明理由及合同依据 A not-covered "
              + "decision needs the reasons and the contract basis");
        }
        boolean fraud = Boolean.TRUE.equals(task.getVariable(VAR_FRAUD_SUSPECTED));
        task.setVariable(VAR_FRAUD_SUSPECTED, fraud);
        task.setVariable(VAR_FIRST_REVIEWER, actor);
        task.setVariable(VAR_DECISION_REASON, comment);
        workflow.recordReview(claimNumber, "FIRST_REVIEW", actor, liability + (fraud ? " FRAUD_SUSPECTED" : ""),
            amount, comment);
      }
      case "secondReview" -> {
        Object agrees = task.getVariable(VAR_SECOND_REVIEW_AGREES);
        if (!(agrees instanceof Boolean)) {
          throw new BadUserRequestException("secondReviewAgrees: true or false is required");
        }
        BigDecimal approved = amount(task, "approvedAmount");
        authority.requireWithinAuthority(task, claimNumber, "approvedAmount", approved);
        workflow.recordReview(claimNumber, "SECOND_REVIEW", actor, (Boolean) agrees ? "AGREES" : "DISAGREES",
            approved, (String) task.getVariable(VAR_REVIEW_COMMENT));
      }
      case "panelReview" -> {
        String decision = oneOf(task, "panelDecision", List.of("APPROVE", "REJECT"));
        String opinion = required(task, "panelOpinion");
        task.setVariable(VAR_DECISION_REASON, opinion);
        BigDecimal approved = amount(task, "approvedAmount");
        authority.requireWithinAuthority(task, claimNumber, "approvedAmount", approved);
        workflow.recordReview(claimNumber, "PANEL_REVIEW", actor, decision, approved, opinion);
      }
      case "approveAdvancePayment" -> {
        boolean approved = Boolean.TRUE.equals(task.getVariable(VAR_ADVANCE_PAYMENT_APPROVED));
        task.setVariable(VAR_ADVANCE_PAYMENT_APPROVED, approved);
        BigDecimal advance = approved ? amount(task, "advanceAmount") : null;
        authority.requireWithinAuthority(task, claimNumber, "advanceAmount", advance);
        workflow.recordReview(claimNumber, "ADVANCE_PAYMENT", actor, approved ? "APPROVED" : "DECLINED", advance,
            (String) task.getVariable(VAR_APPROVAL_COMMENT));
      }
      case "panelReconsideration" -> {
        String decision = oneOf(task, "reconsiderationDecision", List.of("UPHELD", "REVISED"));
        String opinion = required(task, "panelOpinion");
        task.setVariable(VAR_DECISION_REASON, opinion);
        BigDecimal approved = amount(task, "approvedAmount");
        authority.requireWithinAuthority(task, claimNumber, "approvedAmount", approved);
        workflow.recordReview(claimNumber, "RECONSIDERATION", actor, decision, approved, opinion);
      }
      case "handleOverduePayment" -> workflow.recordReview(claimNumber, "OVERDUE_PAYMENT", actor, "HANDLED", null,
          required(task, "overdueNote"));
      default -> throw new IllegalStateException("recordReviewListener is not meant for task "
          + task.getTaskDefinitionKey());
    }
    task.setVariable(VAR_REVIEW_HISTORY, workflow.reviewHistoryText(claimNumber));
    // Tasklist fills a form from the process variables: the next reviewer must start with empty
    // comment boxes, not with the previous reviewer's words (they are kept in reviewHistory).
    task.removeVariable(VAR_REVIEW_COMMENT);
    task.removeVariable(VAR_PANEL_OPINION);
    task.removeVariable(VAR_APPROVAL_COMMENT);
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
    if (!(value instanceof Number) || EngineAmounts.of(value).signum() < 0) {
      throw new BadUserRequestException(name + ": an amount of 0 or more CNY is required");
    }
    BigDecimal amount = EngineAmounts.money(value);
    task.setVariable(name, EngineAmounts.variable(amount));
    return amount;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
