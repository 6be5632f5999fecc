package cn.insure.claims.system.security;

import java.io.IOException;
import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.system.errors.ApiProblems;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** 401 and 403 as RFC 9457 problem details that tell the caller what to do. */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final ObjectMapper objectMapper;

  ProblemResponses(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"claims\", charset=\"UTF-8\"");
    write(request, response, HttpStatus.UNAUTHORIZED, "authentication-required",
        "Send HTTP Basic credentials of a user of this system (the same user id and password as in Tasklist).");
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
      throws IOException {
    write(request, response, HttpStatus.FORBIDDEN, "forbidden",
        "Your user is authenticated but its groups are not granted this operation. Ask an administrator.");
  }

  private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
      String detail) throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(ApiProblems.TYPE_BASE + type));
    ApiProblems.write(request, response, problem, objectMapper);
  }
}
