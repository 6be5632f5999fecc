package cn.insure.claims.system.identity;

import static cn.insure.claims.system.identity.ProcessKeys.CATASTROPHE_EVENT;
import static cn.insure.claims.system.identity.ProcessKeys.SERVICE_QUALITY_EVALUATION;
import static cn.insure.claims.system.identity.ProcessKeys.CLAIM_HANDLING;
import static cn.insure.claims.system.identity.ProcessKeys.COMPLAINT_HANDLING;
import static cn.insure.claims.system.identity.ProcessKeys.COMPLAINT_CAUSE_ANALYSIS;
import static cn.insure.claims.system.identity.ProcessKeys.CONSULTATION_HANDLING;
import static cn.insure.claims.system.identity.ProcessKeys.CRISIS_INCIDENT;
import static cn.insure.claims.system.identity.ProcessKeys.CUSTOMER_CALL_BACK;
import static cn.insure.claims.system.identity.ProcessKeys.SPOT_CHECK_RECTIFICATION;
import static cn.insure.claims.system.identity.Roles.CAMUNDA_ADMIN;
import static cn.insure.claims.system.identity.Roles.CHANNEL_SYSTEMS;
import static cn.insure.claims.system.identity.Roles.CLAIMS_MANAGERS;
import static cn.insure.claims.system.identity.Roles.CLAIMS_SPECIALISTS;
import static cn.insure.claims.system.identity.Roles.CLAIMS_SUPERVISORS;
import static cn.insure.claims.system.identity.Roles.COMPLAINTS_OFFICERS;
import static cn.insure.claims.system.identity.Roles.COMPLAINTS_SUPERVISORS;
import static cn.insure.claims.system.identity.Roles.CRISIS_TEAM;
import static cn.insure.claims.system.identity.Roles.CUSTOMER_SERVICE;
import static cn.insure.claims.system.identity.Roles.INSURANCE_ADVISORS;
import static cn.insure.claims.system.identity.Roles.FINANCE;
import static cn.insure.claims.system.identity.Roles.PROCESS_ANALYSTS;
import static cn.insure.claims.system.identity.Roles.QUALITY_INSPECTORS;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.DELETE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.MIGRATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.TASK_ASSIGN;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.BATCH;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * What each group is granted, and no more. Task access needs no grant here: the engine gives a
 * task's candidate group read and work rights on that task (see
 * {@code defaultUserPermissionNameForTask}). Filters are granted in {@link TasklistFilters}.
 */
final class RoleAuthorizations {

  /** One global grant to a group. */
  record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {
    Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
      this(groupId, resource, resourceId, List.of(permissions));
    }
  }

  static List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    // Administrators: everything, as the engine's own admin setup does.
    for (Resources resource : Resources.values()) {
      grants.add(new Grant(CAMUNDA_ADMIN, resource, "*", ALL));
    }
    // Tasklist for the staff who work tasks.
    Roles.STAFF.forEach(group -> grants.add(new Grant(group, APPLICATION, "tasklist", ACCESS)));

    // Reading the processes whose tasks a group works, so Tasklist can show their names
    // (the groups that start a process get this with the start right below).
    Stream.of(CLAIMS_SUPERVISORS, CLAIMS_MANAGERS, FINANCE, QUALITY_INSPECTORS)
        .forEach(group -> grants.add(new Grant(group, PROCESS_DEFINITION, CLAIM_HANDLING, READ)));
    // Claims supervisors handle the complaints about claims; the crisis team works crisis incidents.
    Stream.of(COMPLAINTS_SUPERVISORS, CRISIS_TEAM, CLAIMS_SUPERVISORS)
        .forEach(group -> grants.add(new Grant(group, PROCESS_DEFINITION, COMPLAINT_HANDLING, READ)));
    grants.add(new Grant(CRISIS_TEAM, PROCESS_DEFINITION, CRISIS_INCIDENT, READ));
    // The customer's voice: advisors answer the consultations handed to them, complaints supervisors
    // take over consultations whose first-response clock ran out; customer service makes the
    // call-backs, whose dissatisfied answers the case's supervisors follow up; claims supervisors
    // rectify spot-check findings that quality inspectors verify; corrective actions of the complaint
    // cause analysis may be given to any team.
    Stream.of(INSURANCE_ADVISORS, COMPLAINTS_SUPERVISORS)
        .forEach(group -> grants.add(new Grant(group, PROCESS_DEFINITION, CONSULTATION_HANDLING, READ)));
    Stream.of(CUSTOMER_SERVICE, CLAIMS_SUPERVISORS, COMPLAINTS_SUPERVISORS)
        .forEach(group -> grants.add(new Grant(group, PROCESS_DEFINITION, CUSTOMER_CALL_BACK, READ)));
    Stream.of(CLAIMS_SUPERVISORS, CLAIMS_MANAGERS, QUALITY_INSPECTORS)
        .forEach(group -> grants.add(new Grant(group, PROCESS_DEFINITION, SPOT_CHECK_RECTIFICATION, READ)));
    Roles.STAFF.stream().filter(group -> !group.equals(COMPLAINTS_SUPERVISORS))
        .forEach(group -> grants.add(new Grant(group, PROCESS_DEFINITION, COMPLAINT_CAUSE_ANALYSIS, READ)));

    // Supervisors of the work may give a task to someone else (reassign, e.g. when a colleague is
    // away); the engine records who did it. Everybody else claims tasks only for themselves.
    Stream.of(CLAIMS_SUPERVISORS, CLAIMS_MANAGERS).forEach(group -> grants.add(new Grant(group, PROCESS_DEFINITION,
        CLAIM_HANDLING, READ, READ_TASK, TASK_ASSIGN)));
    grants.add(new Grant(COMPLAINTS_SUPERVISORS, PROCESS_DEFINITION, COMPLAINT_HANDLING, READ, READ_TASK,
        TASK_ASSIGN));

    // Starting processes: claims by phone/counter staff and channels, complaints by complaints
    // officers and channels, catastrophe events by managers.
    startable(grants, CLAIMS_SPECIALISTS, CLAIM_HANDLING);
    startable(grants, CHANNEL_SYSTEMS, CLAIM_HANDLING);
    startable(grants, COMPLAINTS_OFFICERS, COMPLAINT_HANDLING);
    startable(grants, CHANNEL_SYSTEMS, COMPLAINT_HANDLING);
    startable(grants, CLAIMS_MANAGERS, CATASTROPHE_EVENT);
    // Consultations by phone and at the counter (customer service) and from channels; the monthly
    // complaint cause analysis also by hand (complaints supervisors).
    startable(grants, CUSTOMER_SERVICE, CONSULTATION_HANDLING);
    startable(grants, CHANNEL_SYSTEMS, CONSULTATION_HANDLING);
    startable(grants, COMPLAINTS_SUPERVISORS, COMPLAINT_CAUSE_ANALYSIS);
    startable(grants, CLAIMS_MANAGERS, SERVICE_QUALITY_EVALUATION);
    startable(grants, QUALITY_INSPECTORS, SERVICE_QUALITY_EVALUATION);

    // Managers watch and repair running work in Cockpit: read everything, retry failed jobs,
    // move running instances to a new model version (a plan an analyst prepared), but never deploy
    // or delete.
    grants.add(new Grant(CLAIMS_MANAGERS, APPLICATION, "cockpit", ACCESS));
    grants.add(new Grant(CLAIMS_MANAGERS, PROCESS_DEFINITION, "*", READ, READ_INSTANCE, READ_HISTORY, UPDATE_INSTANCE,
        MIGRATE_INSTANCE));
    grants.add(new Grant(CLAIMS_MANAGERS, BATCH, "*", CREATE));
    grants.add(new Grant(CLAIMS_MANAGERS, PROCESS_INSTANCE, "*", READ, UPDATE));
    grants.add(new Grant(CLAIMS_MANAGERS, TASK, "*", READ));
    grants.add(new Grant(CLAIMS_MANAGERS, DECISION_DEFINITION, "*", READ, READ_HISTORY));
    grants.add(new Grant(CLAIMS_MANAGERS, DECISION_REQUIREMENTS_DEFINITION, "*", READ));
    grants.add(new Grant(CLAIMS_MANAGERS, DEPLOYMENT, "*", READ));

    // Quality inspectors audit: in Cockpit they read the service-quality dashboard and follow a
    // breach to its process instance and history, but change nothing (no retry, no migration).
    grants.add(new Grant(QUALITY_INSPECTORS, APPLICATION, "cockpit", ACCESS));
    grants.add(new Grant(QUALITY_INSPECTORS, PROCESS_DEFINITION, "*", READ, READ_INSTANCE, READ_HISTORY));
    grants.add(new Grant(QUALITY_INSPECTORS, PROCESS_INSTANCE, "*", READ));

    // Analysts deploy models (from Camunda Modeler through the engine REST API) and prepare the
    // migration plan of running instances (generate, validate: definitions only); they do not work
    // cases and see no running instance, whose variables hold customers' data (need to know). A
    // claims manager executes the plan (four eyes).
    grants.add(new Grant(PROCESS_ANALYSTS, DEPLOYMENT, "*", CREATE, READ, DELETE));
    grants.add(new Grant(PROCESS_ANALYSTS, PROCESS_DEFINITION, "*", READ));
    grants.add(new Grant(PROCESS_ANALYSTS, DECISION_DEFINITION, "*", READ));
    grants.add(new Grant(PROCESS_ANALYSTS, DECISION_REQUIREMENTS_DEFINITION, "*", READ));
    return List.copyOf(grants);
  }

  private static void startable(List<Grant> grants, String groupId, String processKey) {
    grants.add(new Grant(groupId, PROCESS_DEFINITION, processKey, READ, CREATE_INSTANCE));
    grants.add(new Grant(groupId, PROCESS_INSTANCE, "*", CREATE));
  }

  private RoleAuthorizations() {
  }
}
