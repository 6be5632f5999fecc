package cn.insure.claims.system.errors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A business refusal that reaches the client as a problem detail: unknown case (404), wrong
 * state (409), business rule (422) and so on. Thrown by feature services; rendered by Spring MVC.
 */
public class ApiException extends ErrorResponseException {

  public ApiException(HttpStatus status, String type, String title, String detail) {
    super(status, ApiProblems.problem(status, type, title, detail), null);
  }

  public ApiException(ProblemDetail problem) {
    super(HttpStatus.valueOf(problem.getStatus()), problem, null);
  }

  public static ApiException notFound(String type, String detail) {
    return new ApiException(HttpStatus.NOT_FOUND, type, "未找到 Not found", detail);
  }

  public static ApiException conflict(String type, String detail) {
    return new ApiException(HttpStatus.CONFLICT, type, "状态不允许 Not allowed in the current state", detail);
  }

  public static ApiException unprocessable(String type, String detail) {
    return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, type, "业务规则不允许 Refused by a business rule", detail);
  }
}
