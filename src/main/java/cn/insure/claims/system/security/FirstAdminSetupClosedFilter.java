package cn.insure.claims.system.security;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.system.errors.ApiProblems;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Camunda Admin's first-administrator setup ({@code /camunda/api/admin/setup/…}) creates an
 * administrator for whoever calls it first while no administrator exists. This system creates its
 * administrator from configuration (claims.admin.user-id, required in production), so the setup is
 * never reachable: 404 for every method, with or without credentials.
 */
class FirstAdminSetupClosedFilter extends OncePerRequestFilter {

  static final String SETUP_PATH = "/api/admin/setup/";

  private final ObjectMapper objectMapper;

  FirstAdminSetupClosedFilter(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    // Anywhere in the raw URI, whatever the case, doubled slashes or dot segments around it.
    String uri = request.getRequestURI().toLowerCase(java.util.Locale.ROOT).replaceAll("/+(\\./+)*", "/");
    return !uri.contains(SETUP_PATH);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ApiProblems.write(request, response, ApiProblems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
        "The first-administrator setup is closed: the administrator comes from claims.admin.user-id."), objectMapper);
  }
}
