package cn.insure.claims.system.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.system.errors.ApiProblems;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts every login attempt through the {@link LoginThrottle}: HTTP Basic credentials on the
 * application API, the engine REST API and the management endpoints, and the webapps' login form
 * ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}). A throttled attempt is answered
 * 429 with {@code Retry-After} as a problem detail and never reaches the password check; the
 * outcome of the others (401 = wrong password) is counted.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);
  private static final Pattern BASIC_PATHS = Pattern.compile("^/(engine-rest|api|actuator)(/.*)?$");
  private static final Pattern WEBAPP_LOGIN = Pattern.compile("^/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?$");
  /** Longer user ids are no user of this system (ACT_ID_USER.ID_ is 64 characters). */
  private static final int MAX_USER_ID = 64;

  private final LoginThrottle throttle;
  private final ObjectMapper objectMapper;

  LoginThrottleFilter(LoginThrottle throttle, ObjectMapper objectMapper) {
    this.throttle = throttle;
    this.objectMapper = objectMapper;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> userId = loginUser(request);
    if (userId.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    String user = userId.get();
    String address = request.getRemoteAddr();
    Optional<Duration> wait = throttle.waitBefore(user, address);
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      response.setHeader("Retry-After", Long.toString(seconds));
      ProblemDetail problem = ApiProblems.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-login-attempts",
          "登录尝试过多 Too many login attempts",
          "Too many failed logins for this user or from this address: try again in " + seconds
              + " s (see Retry-After). Nobody is locked out; the wait grows with each further failure.");
      ApiProblems.write(request, response, problem, objectMapper);
      return;
    }
    chain.doFilter(request, response);
    int status = response.getStatus();
    if (status == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(user, address);
      log.info("Failed login from {} (user id of {} characters)", address, user.length());
    } else if (status < 400 || status == HttpServletResponse.SC_FORBIDDEN) {
      throttle.succeeded(user, address);
    }
  }

  private static Optional<String> loginUser(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (BASIC_PATHS.matcher(path).matches()) {
      String header = request.getHeader("Authorization");
      if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
        return Optional.empty();
      }
      try {
        String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return Optional.of(bounded(colon < 0 ? decoded : decoded.substring(0, colon)));
      } catch (IllegalArgumentException notBase64) {
        return Optional.empty(); // refused by the Basic filter as 401, nobody's password is tried
      }
    }
    if ("POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(path).matches()) {
      String username = request.getParameter("username");
      return Optional.of(bounded(username == null ? "" : username));
    }
    return Optional.empty();
  }

  private static String bounded(String userId) {
    return userId.length() > MAX_USER_ID ? userId.substring(0, MAX_USER_ID) : userId;
  }
}
