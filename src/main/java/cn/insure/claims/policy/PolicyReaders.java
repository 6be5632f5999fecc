package cn.insure.claims.policy;

import java.util.List;

import org.springframework.security.core.Authentication;

import cn.insure.claims.system.errors.ApiException;
import cn.insure.claims.system.identity.Roles;
import cn.insure.claims.system.security.CallerGroups;

/**
 * Who may read the policy register: the groups that handle claims, pay them, answer complaints about them or
 * call the API on a customer's behalf. Everyone else is refused (need to know, see the confidentiality rules of
 * the domain brief): quality inspectors, process analysts, complaints supervisors and the crisis team.
 *
 * <p>Checked in the controller because method security is not enabled; authentication itself (401) is the
 * security configuration's job.
 */
final class PolicyReaders {

  static final List<String> GROUPS = List.of(Roles.CLAIMS_SPECIALISTS, Roles.CLAIMS_SUPERVISORS,
      Roles.CLAIMS_MANAGERS, Roles.FINANCE, Roles.CHANNEL_SYSTEMS, Roles.CAMUNDA_ADMIN, Roles.COMPLAINTS_OFFICERS);

  private PolicyReaders() {
  }

  static boolean mayRead(Authentication caller) {
    return CallerGroups.inAny(caller, GROUPS);
  }

  /** @throws ApiException 403 naming the groups that may read, unless the caller is in one of them */
  static void requireReader(Authentication caller) {
    CallerGroups.requireAny(caller, GROUPS, "Reading the policy register");
  }
}
