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
 * filled in (action1… to action3…) needs a description, an owner group that exists (and an owner
 * user in it, if named) and a due date after today, and is recorded to be carried out.
 */
@Component
class RecordCauseAnalysisListener implements TaskListener {

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
      if (description == null || description.length() > 2000) {
        throw new BadUserRequestException(prefix + "Description: 请写明整改措施（不超过2000字） Describe the action");
      }
      if (group == null || identity.createGroupQuery().groupId(group).count() == 0) {
        throw new BadUserRequestException(prefix + "OwnerGroup: 请选择负责部门 Choose the group that owns the action");
      }
      if (user != null && identity.createUserQuery().userId(user).memberOfGroup(group).count() == 0) {
        throw new BadUserRequestException(prefix + "OwnerUser: " + user + " 不在 " + group + " 中 is not in " + group);
      }
      LocalDate dueDate;
      try {
        dueDate = due == null ? null : LocalDate.parse(due.length() > 10 ? due.substring(0, 10) : due);
      } catch (DateTimeParseException e) {
        dueDate = null;
      }
      if (dueDate == null || !dueDate.isAfter(today)) {
        throw new BadUserRequestException(prefix + "DueDate: 请填写今天以后的完成期限 A due date after today is required");
      }
      plans.add(new CorrectiveActions.Plan(description, group, user,
          dueDate.atTime(18, 0).atZone(CaseNumbers.BUSINESS_ZONE).toInstant()));
    }
    List<String> ids = actions.record((String) task.getVariable(ComplaintCauseAnalysisProcess.VAR_PERIOD), plans,
        SpotCheckRectificationProcess.actor(task));
    task.setVariable(ComplaintCauseAnalysisProcess.VAR_ACTION_IDS, new ArrayList<>(ids));
  }

  private static String text(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
