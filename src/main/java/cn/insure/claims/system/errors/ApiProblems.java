package cn.insure.claims.system.errors;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.system.privacy.MaskedProblemDetails;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Builds RFC 9457 problem details the way every endpoint of the application API answers: a
 * stable {@code type} per kind of problem, a {@code detail} that says what to fix and, for bad
 * input, {@code errors} naming each field with what is expected.
 */
public final class ApiProblems {

  public static final String TYPE_BASE = "https://claims.insure.cn/problems/";

  /** One bad field: its JSON path and what is expected there. */
  public record FieldError(String field, String message) {
  }

  private ApiProblems() {
  }

  public static ProblemDetail problem(HttpStatusCode status, String type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_BASE + type));
    problem.setTitle(title);
    return problem;
  }

  /**
   * Answers with a problem detail from outside Spring MVC (a servlet filter, the security entry
   * point), where no exception handler writes it: the request's path as {@code instance}, personal data
   * masked as on every other problem.
   */
  public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem,
      ObjectMapper objectMapper) throws IOException {
    problem.setInstance(URI.create(request.getRequestURI()));
    MaskedProblemDetails.mask(problem);
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    objectMapper.writeValue(response.getOutputStream(), problem);
  }

  public static ProblemDetail invalid(String detail, List<FieldError> errors) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "请求参数有误 Invalid request", detail);
    problem.setProperty("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
    return problem;
  }
}
