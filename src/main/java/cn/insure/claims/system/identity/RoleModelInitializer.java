package cn.insure.claims.system.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Puts the role model into the engine on every start, idempotently: the groups (unless the
 * identity store is read-only or {@code claims.identity.create-groups=false}), their
 * authorizations and the shared Tasklist filters. Running it twice changes nothing.
 */
@Component
@Order(10)
class RoleModelInitializer implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(RoleModelInitializer.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final TasklistFilters tasklistFilters;
  private final boolean createGroups;

  RoleModelInitializer(IdentityService identityService, AuthorizationService authorizationService,
      TasklistFilters tasklistFilters, @Value("${claims.identity.create-groups:true}") boolean createGroups) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.tasklistFilters = tasklistFilters;
    this.createGroups = createGroups;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (createGroups && !identityService.isReadOnly()) {
      Roles.ALL.forEach(this::ensureGroup);
    }
    int changed = 0;
    for (RoleAuthorizations.Grant grant : RoleAuthorizations.grants()) {
      changed += ensureGranted(authorizationService, grant) ? 1 : 0;
    }
    tasklistFilters.ensureFilters();
    log.info("Role model in place: {} groups, {} authorizations changed on this start", Roles.ALL.size(), changed);
  }

  private void ensureGroup(Roles.Group role) {
    if (identityService.createGroupQuery().groupId(role.id()).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(role.id());
    group.setName(role.name());
    group.setType(role.type());
    identityService.saveGroup(group);
  }

  /** Grants the permissions to the group, adding to an existing grant; true when anything changed. */
  static boolean ensureGranted(AuthorizationService authorizationService, RoleAuthorizations.Grant grant) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(grant.groupId())
        .resourceType(grant.resource())
        .resourceId(grant.resourceId())
        .singleResult();
    List<Permission> missing = new ArrayList<>();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(grant.groupId());
      authorization.setResource(grant.resource());
      authorization.setResourceId(grant.resourceId());
      missing.addAll(grant.permissions());
    } else {
      for (Permission permission : grant.permissions()) {
        if (!authorization.isPermissionGranted(permission)) {
          missing.add(permission);
        }
      }
    }
    if (missing.isEmpty()) {
      return false;
    }
    missing.forEach(authorization::addPermission);
    authorizationService.saveAuthorization(authorization);
    return true;
  }
}
