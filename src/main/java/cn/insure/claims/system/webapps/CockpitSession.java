package cn.insure.claims.system.webapps;

import java.util.Collection;
import java.util.List;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;

import cn.insure.claims.system.errors.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The Cockpit login behind a request: Cockpit plugins fetch their data with the webapp session, not
 * HTTP Basic credentials. Only this class reads Camunda's webapp session, so features serving Cockpit
 * plugins need no engine API.
 */
public final class CockpitSession {

  private static final String ENGINE = "default";

  private CockpitSession() {
  }

  /**
   * The logged-in Cockpit user's id when they are authorized for Cockpit and in one of {@code groups};
   * 401 without a webapp login, 403 otherwise.
   */
  public static String requireReader(HttpServletRequest request, Collection<String> groups, String what) {
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    UserAuthentication user = authentications == null ? null
        : (UserAuthentication) authentications.getAuthenticationForProcessEngine(ENGINE);
    if (user == null) {
      throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthenticated", "未登录 Not logged in",
          "Log in to Cockpit first: " + what + " reads the Cockpit session.");
    }
    List<String> userGroups = user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds());
    if (!user.isAuthorizedForApp("cockpit") || userGroups.stream().noneMatch(groups::contains)) {
      throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "无权限 Forbidden", what + " is for the groups "
          + String.join(", ", groups) + ".");
    }
    return user.getIdentityId();
  }
}
