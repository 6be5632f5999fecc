package cn.insure.claims.quality.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.insure.claims.numbering.CaseNumbers;
import cn.insure.claims.quality.CorrectiveActions;

/**
 * On completion of {@code analyseComplaintCauses}: the analysis is required; each corrective action
 * filled in (action1… to action3…, and any number more in {@code moreActions}, one per line) needs a
 * description, an owner group that exists (and an owner user in it, if named) and a due date after
 * today, and is recorded to be carried out.
 */
@Component
class RecordCauseAnalysisListener implements TaskListener {

  /** More than this many further actions in one analysis is a list for a project, not a form. */
  static final int MAX_MORE_ACTIONS = 50;

  private final CorrectiveActions actions;

  RecordCauseAnalysisListener(CorrectiveActions actions) {
    this.actions = actions;
  }

  @Override
  public void notify(DelegateTask task) {
    SpotCheckRectificationProcess.requiredText(task, "causeAnalysis", "请写明原因分析 Write the analysis of causes");
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    LocalDate today = LocalDate.now(CaseNumbers.BUSINESS_ZONE);
    List<CorrectiveActions.Plan> plans = new ArrayList<>();
    for (int slot = 1; slot <= ComplaintCauseAnalysisProcess.ACTION_SLOTS; slot++) {
      String prefix = "action" + slot;
      String description = text(task, prefix + "Description");
      String group = text(task, prefix + "OwnerGroup");
      String user = text(task, prefix + "OwnerUser");
      String due = text(task, prefix + "DueDate");
      if (description == null && group == null && user == null && due == null) {
        continue;
      }
      plans.add(plan(identity, today, description, group, user, due, prefix + "Description", prefix + "OwnerGroup",
          prefix + "OwnerUser", prefix + "DueDate"));
    }
    plans.addAll(moreActions(task, identity, today));
    List<String> ids = actions.record((String) task.getVariable(ComplaintCauseAnalysisProcess.VAR_PERIOD), plans,
        SpotCheckRectificationProcess.actor(task));
    task.setVariable(ComplaintCauseAnalysisProcess.VAR_ACTION_IDS, new ArrayList<>(ids));
  }

  /**
   * Any number of further actions in the textarea {@code moreActions}, one per line:
   * {@code owner group | owner user (may be empty) | due date | action}. Blank lines are skipped; a bad
   * line is refused naming it ({@code moreActions line 4: …}).
   */
  private static List<CorrectiveActions.Plan> moreActions(DelegateTask task, IdentityService identity, LocalDate today) {
    String text = text(task, "moreActions");
    List<CorrectiveActions.Plan> plans = new ArrayList<>();
    if (text == null) {
      return plans;
    }
    String[] lines = text.split("\\R");
    if (lines.length > MAX_MORE_ACTIONS) {
      throw new BadUserRequestException("moreActions: 至多" + MAX_MORE_ACTIONS + "行 At most " + MAX_MORE_ACTIONS
          + " lines (one action each)");
    }
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = "moreActions line " + (i + 1);
      String[] parts = line.split("[|｜]", 4);
      if (parts.length < 4) {
        throw new BadUserRequestException(where + ": 格式应为 负责部门 | 负责人（可空） | 完成期限 | 措施 Write "
            + "owner group | owner user (may be empty) | due date YYYY-MM-DD | action");
      }
      plans.add(plan(identity, today, blankToNull(parts[3]), blankToNull(parts[0]), blankToNull(parts[1]),
          blankToNull(parts[2]), where + " (action)", where + " (owner group)", where + " (owner user)",
          where + " (due date)"));
    }
    return plans;
  }

  private static CorrectiveActions.Plan plan(IdentityService identity, LocalDate today, String description,
      String group, String user, String due, String descriptionField, String groupField, String userField,
      String dueField) {
    if (description == null || description.length() > 2000) {
      throw new BadUserRequestException(descriptionField + ": 请写明整改措施（不超过2000字） Describe the action");
    }
    if (group == null || group.length() > 64 || identity.createGroupQuery().groupId(group).count() == 0) {
      throw new BadUserRequestException(groupField + ": 请选择负责部门 Choose the group that owns the action");
    }
    if (user != null && (user.length() > 64
        || identity.createUserQuery().userId(user).memberOfGroup(group).count() == 0)) {
      throw new BadUserRequestException(userField + ": " + user + " 不在 " + group + " 中 is not in " + group);
    }
    LocalDate dueDate;
    try {
      dueDate = due == null ? null : LocalDate.parse(due.length() > 10 ? due.substring(0, 10) : due);
    } catch (DateTimeParseException e) {
      dueDate = null;
    }
    if (dueDate == null || !dueDate.isAfter(today)) {
      throw new BadUserRequestException(dueField + ": 请填写今天以后的完成期限 A due date after today is required");
    }
    return new CorrectiveActions.Plan(description, group, user,
        dueDate.atTime(18, 0).atZone(CaseNumbers.BUSINESS_ZONE).toInstant());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String text(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
