package cn.insure.claims.system.security;

import java.util.Collection;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import cn.insure.claims.system.errors.ApiException;

/**
 * Group checks for the application API: who may call an endpoint, by the caller's engine groups
 * (Spring Security authorities {@code GROUP_<id>}, set by the engine authentication).
 */
public final class CallerGroups {

  /** The group of channel systems (Roles.CHANNEL_SYSTEMS; security code does not depend on identity). */
  static final String CHANNEL_SYSTEMS = "channel-systems";

  private CallerGroups() {
  }

  public static boolean inAny(Authentication caller, Collection<String> groups) {
    return caller != null && caller.isAuthenticated() && caller.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .anyMatch(authority -> authority.startsWith(EngineUserAuthenticationProvider.GROUP_PREFIX)
            && groups.contains(authority.substring(EngineUserAuthenticationProvider.GROUP_PREFIX.length())));
  }

  /**
   * A channel system (web, app, WeChat, call centre) and nothing else: it acts for customers, so it sees
   * the customer view of a case and only the cases it submitted. Any staff group makes the caller staff.
   */
  public static boolean isChannelOnly(Authentication caller) {
    if (caller == null || !caller.isAuthenticated()) {
      return false;
    }
    List<String> groups = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(authority -> authority.startsWith(EngineUserAuthenticationProvider.GROUP_PREFIX))
        .map(authority -> authority.substring(EngineUserAuthenticationProvider.GROUP_PREFIX.length())).toList();
    return groups.contains(CHANNEL_SYSTEMS) && groups.stream().allMatch(CHANNEL_SYSTEMS::equals);
  }

  /** @throws ApiException 403 naming the groups that may do {@code what}, unless the caller is in one */
  public static void requireAny(Authentication caller, Collection<String> groups, String what) {
    if (!inAny(caller, groups)) {
      throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "无权限 Forbidden", what + " is granted to the groups "
          + String.join(", ", groups) + "; your user is in none of them. Ask an administrator if your work needs it.");
    }
  }
}
