package cn.insure.claims.system.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * A refusal never repeats personal data in clear: the detail and every field message of a problem
 * (RFC 9457) answered by the application API are masked on the way out — an invalid phone number
 * sent back in "must be a mainland mobile number, got …" included.
 */
@ControllerAdvice
public class MaskedProblemDetails implements ResponseBodyAdvice<Object> {

  @Override
  public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
      Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
    if (body instanceof ProblemDetail problem) {
      mask(problem);
    }
    return body;
  }

  /** Masks the problem in place: also used where a filter writes a problem outside Spring MVC. */
  public static void mask(ProblemDetail problem) {
    problem.setDetail(PersonalData.maskText(problem.getDetail()));
    problem.setTitle(PersonalData.maskText(problem.getTitle()));
    if (problem.getProperties() != null && problem.getProperties().get("errors") instanceof List<?> errors) {
      problem.setProperty("errors", errors.stream().map(MaskedProblemDetails::maskError).toList());
    }
  }

  private static Object maskError(Object error) {
    if (error instanceof Map<?, ?> fields) {
      Map<Object, Object> masked = new LinkedHashMap<>();
      fields.forEach((key, value) -> masked.put(key, value instanceof String text ? PersonalData.maskText(text) : value));
      return masked;
    }
    return error instanceof String text ? PersonalData.maskText(text) : error;
  }
}
