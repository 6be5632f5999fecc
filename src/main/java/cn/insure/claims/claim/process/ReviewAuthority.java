package cn.insure.claims.claim.process;

import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_LIABILITY;
import static cn.insure.claims.claim.process.ClaimHandlingProcess.VAR_SECOND_REVIEW_AGREES;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import cn.insure.claims.claim.ClaimCover;
import cn.insure.claims.system.engine.TaskActors;

/**
 * On completion of a review step, before anything is recorded: the amount stays within what was
 * claimed and what the policy still covers; an amount that is final (nothing reviews it after this
 * step) stays within the authority of the person completing it ({@code approvalAuthority} DMN,
 * evaluated for each of their groups); and nobody decides two review stages of one claim.
 */
@Component
class ReviewAuthority {

  static final String AUTHORITY_DECISION = "approvalAuthority";
  private static final String ROUTING_DECISION = "claimReviewRouting";

  private final ClaimCover cover;

  ReviewAuthority(ClaimCover cover) {
    this.cover = cover;
  }

  /** Four eyes: the completer decided no other review stage of this claim. */
  void requireFreshEyes(DelegateTask task, String claimNumber, String stage, String actor) {
    if (ClaimCover.REVIEW_STAGES.contains(stage) && !TaskActors.SYSTEM.equals(actor)
        && cover.reviewersOfOtherStages(claimNumber, stage).contains(actor)) {
      throw new BadUserRequestException("同一人不得审核同一案件的两个环节 " + actor + " already reviewed " + claimNumber
          + " at another stage and cannot also do " + task.getTaskDefinitionKey() + " (four eyes)");
    }
  }

  /** Bounds of the amount, and the completer's authority when the amount is final. */
  void requireWithinAuthority(DelegateTask task, String claimNumber, String amountField, BigDecimal amount) {
    if (amount == null) {
      return;
    }
    ClaimCover.Bounds bounds = cover.bounds(claimNumber);
    if (amount.compareTo(bounds.claimed()) > 0) {
      throw new BadUserRequestException(amountField + ": 不得超过申请金额 at most the claimed amount "
          + bounds.claimed().toPlainString() + " CNY, got " + amount.toPlainString());
    }
    if (amount.compareTo(bounds.remainingCover()) > 0) {
      throw new BadUserRequestException(amountField + ": 超过保单剩余保额 at most what the policy still covers, "
          + bounds.remainingCover().toPlainString() + " CNY, got " + amount.toPlainString());
    }
    CommandContext context = Context.getCommandContext();
    String user = context == null ? null : context.getAuthenticatedUserId();
    if (user == null || !isFinal(task)) {
      return;
    }
    List<String> groups = context.getAuthenticatedGroupIds() == null ? List.of() : context.getAuthenticatedGroupIds();
    Optional<BigDecimal> limit = Optional.empty();
    boolean authorised = false;
    boolean unlimited = false;
    for (String group : groups) {
      Map<String, Object> rule = evaluate(task, AUTHORITY_DECISION, Map.of("step", task.getTaskDefinitionKey(),
          "group", group));
      if (rule != null && Boolean.TRUE.equals(rule.get("authorised"))) {
        authorised = true;
        Object groupLimit = rule.get("limit");
        if (groupLimit == null) {
          unlimited = true;
        } else {
          BigDecimal value = new BigDecimal(groupLimit.toString());
          limit = Optional.of(limit.map(value::max).orElse(value));
        }
      }
    }
    if (!authorised) {
      throw new BadUserRequestException(amountField + ": 无审批权限 " + user + " has no authority to decide the "
          + "amount at " + task.getTaskDefinitionKey() + " (approval authority table)");
    }
    if (!unlimited && limit.isPresent() && amount.compareTo(limit.get()) > 0) {
      throw new BadUserRequestException(amountField + ": 超出审批权限 " + amount.toPlainString() + " CNY is above the "
          + "authority of " + user + " at " + task.getTaskDefinitionKey() + " ("
          + limit.get().stripTrailingZeros().toPlainString() + " CNY); " + ("secondReview".equals(task.getTaskDefinitionKey())
              ? "untick 'agrees' to refer the claim to the panel review (会审)"
              : "refer it to someone with the authority"));
    }
  }

  /** Whether nothing reviews the amount after this step (then it is the decision). */
  private boolean isFinal(DelegateTask task) {
    String step = task.getTaskDefinitionKey();
    if (!"firstReview".equals(step) && !"secondReview".equals(step)) {
      return true;
    }
    Map<String, Object> routing = evaluate(task, ROUTING_DECISION, task.getVariables());
    if (routing == null || !"COVERED".equals(task.getVariable(VAR_LIABILITY))) {
      return false;
    }
    boolean panel = Boolean.TRUE.equals(routing.get("panelRequired"));
    if ("firstReview".equals(step)) {
      return !panel && !Boolean.TRUE.equals(routing.get("secondReviewRequired"));
    }
    return !panel && Boolean.TRUE.equals(task.getVariable(VAR_SECOND_REVIEW_AGREES));
  }

  private static Map<String, Object> evaluate(DelegateTask task, String decisionKey, Map<String, Object> inputs) {
    ProcessEngineServices engine = task.getProcessEngineServices();
    return Context.getCommandContext().runWithoutAuthorization(() -> {
      String deploymentId = engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId())
          .getDeploymentId();
      DecisionDefinition definition = engine.getRepositoryService().createDecisionDefinitionQuery()
          .decisionDefinitionKey(decisionKey).deploymentId(deploymentId).singleResult();
      if (definition == null) {
        definition = engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey)
            .latestVersion().singleResult();
      }
      var result = engine.getDecisionService().evaluateDecisionById(definition.getId())
          .variables(Variables.fromMap(inputs)).evaluate();
      return result.isEmpty() ? null : result.getFirstResult().getEntryMap();
    });
  }
}
