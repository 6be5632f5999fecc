package cn.insure.claims.system.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters. Each query is relative to the person looking
 * ({@code currentUser()}, {@code currentUserGroups()}), so one filter serves every role; the
 * engine's task authorizations make sure nobody sees another team's work through them.
 * Filters are found by name and brought up to date on every start.
 */
@Component
public class TasklistFilters {

  public static final String MY_TASKS = "我的任务 My tasks";
  public static final String MY_GROUPS_TASKS = "我组的任务 My group's tasks";
  public static final String OVERDUE = "已逾期 Overdue";
  public static final String GREEN_CHANNEL = "绿色通道 Green channel";
  public static final String CUSTOMER_VOICE = "咨询与回访 Consultations and call-backs";

  /** Columns an adjuster sorts and scans by: case numbers next to due date and priority. */
  private static final List<Map<String, String>> CASE_COLUMNS = List.of(
      Map.of("name", "claimNumber", "label", "理赔号 Claim no."),
      Map.of("name", "complaintNumber", "label", "投诉号 Complaint no."),
      Map.of("name", "consultationNumber", "label", "咨询号 Consultation no."),
      Map.of("name", "caseNumber", "label", "回访案件 Called-back case"),
      Map.of("name", "policyNumber", "label", "保单号 Policy no."),
      Map.of("name", "caseSummary", "label", "案件 Case"));

  record Definition(String name, String description, int priority, String color, TaskQuery query,
      List<String> groups) {
  }

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  List<Definition> definitions() {
    return List.of(
        new Definition(MY_TASKS, "我已认领的任务，按到期日排序 Tasks assigned to me, earliest due first", -10, "#1f6feb",
            sorted(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")), Roles.STAFF),
        new Definition(MY_GROUPS_TASKS, "我所在组待认领的任务 Unclaimed tasks of my groups", -5, "#2da44e",
            sorted(taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .taskUnassigned()), Roles.STAFF),
        new Definition(OVERDUE, "已过到期日的任务 Tasks past their due date", 0, "#cf222e",
            sorted(mineOrMyGroups().dueBeforeExpression("${now()}")), Roles.STAFF),
        new Definition(GREEN_CHANNEL, "巨灾绿色通道案件，优先处理 Catastrophe green-channel claims, handle first", 5,
            "#1a7f37", sorted(mineOrMyGroups().processVariableValueEquals("greenChannel", true)),
            Roles.CLAIMS_STAFF),
        new Definition(CUSTOMER_VOICE, "咨询答复与满意度回访，按首次响应时限排序 Consultations to answer and call-backs to make, "
            + "earliest due first", 6, "#8250df", sorted(mineOrMyGroups().processDefinitionKeyIn(
                ProcessKeys.CONSULTATION_HANDLING, ProcessKeys.CUSTOMER_CALL_BACK)),
            List.of(Roles.CUSTOMER_SERVICE, Roles.INSURANCE_ADVISORS, Roles.COMPLAINTS_SUPERVISORS)));
  }

  void ensureFilters() {
    for (Definition definition : definitions()) {
      Filter filter = filterService.createFilterQuery().filterName(definition.name()).singleResult();
      if (filter == null) {
        filter = filterService.newTaskFilter(definition.name());
      }
      filter.setQuery(definition.query());
      filter.setProperties(properties(definition));
      filterService.saveFilter(filter);
      for (String group : definition.groups()) {
        RoleModelInitializer.ensureGranted(authorizationService,
            new RoleAuthorizations.Grant(group, FILTER, filter.getId(), READ));
      }
    }
  }

  private TaskQuery mineOrMyGroups() {
    return taskService.createTaskQuery().or()
        .taskAssigneeExpression("${currentUser()}")
        .taskCandidateGroupInExpression("${currentUserGroups()}")
        .endOr();
  }

  private static TaskQuery sorted(TaskQuery query) {
    return query.orderByDueDate().asc().orderByTaskPriority().desc();
  }

  private static Map<String, Object> properties(Definition definition) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", definition.description());
    properties.put("priority", definition.priority());
    properties.put("color", definition.color());
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", CASE_COLUMNS);
    return properties;
  }
}
