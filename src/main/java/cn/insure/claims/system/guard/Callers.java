package cn.insure.claims.system.guard;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;

import cn.insure.claims.system.identity.Roles;

/** The person behind an engine command, as the engine authenticated them. */
record Callers(String userId, List<String> groupIds) {

  /** Groups that supervise work: they may (re)assign, delegate and reschedule tasks. */
  static final Set<String> SUPERVISORS = Set.of(Roles.CLAIMS_SUPERVISORS, Roles.CLAIMS_MANAGERS,
      Roles.COMPLAINTS_SUPERVISORS, Roles.CAMUNDA_ADMIN);

  static Callers of(CommandContext context) {
    List<String> groups = context.getAuthenticatedGroupIds();
    return new Callers(context.getAuthenticatedUserId(), groups == null ? List.of() : List.copyOf(groups));
  }

  boolean isAdministrator() {
    return groupIds.contains(Roles.CAMUNDA_ADMIN);
  }

  boolean supervises() {
    return groupIds.stream().anyMatch(SUPERVISORS::contains);
  }
}
