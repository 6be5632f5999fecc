package cn.insure.claims.system.errors;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every refusal of the application API into a problem detail that names the bad field and
 * the fix: malformed JSON, unknown fields, wrong types, failed bean validation, wrong parameter
 * types, and the engine's authorization refusals (403).
 */
@RestControllerAdvice(basePackages = "cn.insure.claims")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<ApiProblems.FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
        .map(e -> new ApiProblems.FieldError(e.getField(), e.getDefaultMessage()))
        .toList();
    String fields = errors.stream().map(ApiProblems.FieldError::field).distinct().collect(Collectors.joining(", "));
    return ResponseEntity.badRequest().body(ApiProblems.invalid("Correct these fields: " + fields, errors));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<ApiProblems.FieldError> errors = ex.getParameterValidationResults().stream()
        .flatMap(result -> result.getResolvableErrors().stream().map(error -> new ApiProblems.FieldError(
            result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
        .toList();
    return ResponseEntity.badRequest().body(ApiProblems.invalid("Correct the request parameters", errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Throwable cause = ex.getCause();
    ProblemDetail problem;
    if (cause instanceof UnrecognizedPropertyException unknown) {
      problem = ApiProblems.invalid("The request contains a field this API does not know",
          List.of(new ApiProblems.FieldError(path(unknown), "unknown field; allowed here: "
              + unknown.getKnownPropertyIds())));
    } else if (cause instanceof InvalidFormatException format) {
      problem = ApiProblems.invalid("A field has a value of the wrong type or format",
          List.of(new ApiProblems.FieldError(path(format), "expected " + describe(format.getTargetType())
              + ", got '" + format.getValue() + "'")));
    } else if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      problem = ApiProblems.invalid("A field has a value of the wrong type",
          List.of(new ApiProblems.FieldError(path(mismatch), "expected " + describe(mismatch.getTargetType()))));
    } else if (cause instanceof JsonProcessingException json) {
      problem = ApiProblems.invalid("The body is not well-formed JSON: " + json.getOriginalMessage()
          + (json.getLocation() == null ? "" : " (line " + json.getLocation().getLineNr() + ", column "
              + json.getLocation().getColumnNr() + ")"), List.of());
    } else {
      problem = ApiProblems.invalid("The request body is missing or unreadable; send JSON as documented", List.of());
    }
    return ResponseEntity.badRequest().body(problem);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException ex) {
    return ResponseEntity.badRequest().body(ApiProblems.invalid("A parameter has a value of the wrong type",
        List.of(new ApiProblems.FieldError(ex.getName(), "expected " + describe(ex.getRequiredType()) + ", got '"
            + ex.getValue() + "'"))));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ProblemDetail> handleEngineAuthorization(AuthorizationException ex) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiProblems.problem(HttpStatus.FORBIDDEN, "forbidden",
        "无权限 Forbidden", "Your groups are not granted this operation: " + ex.getMessage()));
  }

  private static String path(JsonMappingException ex) {
    return ex.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "a value of another type";
    }
    if (type.isEnum()) {
      return "one of " + java.util.Arrays.toString(type.getEnumConstants());
    }
    return switch (type.getSimpleName()) {
      case "LocalDate" -> "a date like 2026-11-18";
      case "BigDecimal", "Double", "double", "Integer", "int", "Long", "long" -> "a number";
      case "Boolean", "boolean" -> "true or false";
      case "String" -> "a text";
      default -> "a " + type.getSimpleName();
    };
  }
}
