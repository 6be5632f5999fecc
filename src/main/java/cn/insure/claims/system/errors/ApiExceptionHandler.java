package cn.insure.claims.system.errors;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.MethodParameter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import cn.insure.claims.system.privacy.PersonalData;
import jakarta.validation.ConstraintViolationException;

/**
 * Turns every refusal of the application API into a problem detail that names the bad field and
 * the fix: malformed JSON, unknown fields, wrong types, failed bean validation, wrong parameter
 * types, over-size uploads (413), and the engine's authorization refusals (403).
 *
 * <p>Not limited to this application's controllers: a request no controller accepts (wrong
 * Content-Type → 415, wrong method → 405) has no controller yet, and must still be answered with a
 * problem detail. Tasklist, Cockpit and the engine REST API are not Spring MVC and answer for themselves.
 *
 * <p>Over 250 lines because it maps each kind of refusal that Spring and Jackson raise to its
 * problem detail, one handler each; in one class no two handlers can answer the same exception
 * differently.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final DataSize maxDocumentSize;

  ApiExceptionHandler(@Value("${claims.documents.max-size:10MB}") DataSize maxDocumentSize) {
    this.maxDocumentSize = maxDocumentSize;
  }

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
    List<ApiProblems.FieldError> errors = new ArrayList<>();
    for (ParameterValidationResult result : ex.getParameterValidationResults()) {
      if (result instanceof ParameterErrors body) {
        body.getFieldErrors().forEach(e -> errors.add(new ApiProblems.FieldError(e.getField(), e.getDefaultMessage())));
        body.getGlobalErrors().forEach(e -> errors.add(new ApiProblems.FieldError(body.getObjectName(),
            e.getDefaultMessage())));
      } else {
        result.getResolvableErrors().forEach(e -> errors.add(new ApiProblems.FieldError(
            name(result.getMethodParameter()), e.getDefaultMessage())));
      }
    }
    String fields = errors.stream().map(ApiProblems.FieldError::field).distinct().collect(Collectors.joining(", "));
    return ResponseEntity.badRequest().body(ApiProblems.invalid("Correct these fields: " + fields, errors));
  }

  /** The name the client sent: the header, parameter or part name, else the Java parameter name. */
  private static String name(MethodParameter parameter) {
    RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
    RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
    RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
    String name = header != null ? firstNonEmpty(header.name(), header.value())
        : param != null ? firstNonEmpty(param.name(), param.value())
        : part != null ? firstNonEmpty(part.name(), part.value()) : "";
    return name.isEmpty() ? parameter.getParameterName() : name;
  }

  private static String firstNonEmpty(String name, String value) {
    return name.isEmpty() ? value : name;
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Throwable cause = ex.getCause();
    ProblemDetail problem;
    if (cause instanceof JsonBodyLimitFilter.BodyTooLargeException tooLarge) {
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(JsonBodyLimitFilter.tooLarge(tooLarge.maxBytes()));
    } else if (cause instanceof UnrecognizedPropertyException unknown) {
      problem = ApiProblems.invalid("The request contains a field this API does not know",
          List.of(new ApiProblems.FieldError(path(unknown), "unknown field; allowed here: "
              + unknown.getKnownPropertyIds())));
    } else if (cause instanceof InvalidFormatException format && format.getTargetType() == String.class) {
      problem = ApiProblems.invalid("A text field contains characters no text may have",
          List.of(new ApiProblems.FieldError(path(format), format.getOriginalMessage())));
    } else if (cause instanceof InputCoercionException range && range.getProcessor() != null) {
      // A number beyond the field's type (an int past 2,147,483,647): the parser knows which field it read.
      problem = ApiProblems.invalid("A number is out of range", List.of(new ApiProblems.FieldError(
          pathOf(range.getProcessor().getParsingContext()), "is out of range: " + range.getOriginalMessage())));
    } else if (cause instanceof InvalidFormatException format) {
      problem = ApiProblems.invalid("A field has a value of the wrong type or format",
          List.of(new ApiProblems.FieldError(path(format), "expected " + describe(format.getTargetType())
              + ", got '" + format.getValue() + "'")));
    } else if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      problem = ApiProblems.invalid("A field has a value of the wrong type",
          List.of(new ApiProblems.FieldError(path(mismatch), "expected " + describe(mismatch.getTargetType()))));
    } else if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      problem = ApiProblems.invalid("A field has a value this API cannot read",
          List.of(new ApiProblems.FieldError(path(mapping), mapping.getOriginalMessage())));
    } else if (cause instanceof JsonProcessingException json) {
      problem = ApiProblems.invalid("The body is not well-formed JSON: " + json.getOriginalMessage()
          + (json.getLocation() == null ? "" : " (line " + json.getLocation().getLineNr() + ", column "
              + json.getLocation().getColumnNr() + ")"), List.of());
    } else {
      problem = ApiProblems.invalid("The request body is missing or unreadable; send JSON as documented", List.of());
    }
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = ApiProblems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "document-too-large",
        "文件过大 File too large", "The upload is larger than the " + maxDocumentSize.toMegabytes() + " MB a document "
            + "may have. Scan at a lower resolution or send the pages as separate files.");
    problem.setProperty("errors", List.of(Map.of("field", "file", "message", "must be at most "
        + maxDocumentSize.toMegabytes() + " MB")));
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return ResponseEntity.badRequest().body(ApiProblems.invalid("A required parameter is missing", List.of(
        new ApiProblems.FieldError(ex.getParameterName(), "is required (" + describe(ex.getMethodParameter()
            .getParameterType()) + ")"))));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return ResponseEntity.badRequest().body(ApiProblems.invalid("A required part of the multipart request is missing",
        List.of(new ApiProblems.FieldError(ex.getRequestPartName(), "is required"))));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String supported = ex.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(", "));
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers).body(ApiProblems.problem(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "请求格式不支持 Unsupported media type",
        "This endpoint takes " + supported + (ex.getContentType() == null ? "; the request has no Content-Type"
            : ", not " + ex.getContentType()) + "."));
  }

  /**
   * A request no controller method takes (405, 406) is answered by Spring MVC itself: its problem
   * detail gets this API's type and a title in both languages like every other.
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
      HttpStatusCode statusCode, WebRequest request) {
    ProblemDetail problem = body instanceof ProblemDetail given ? given
        : body == null && ex instanceof ErrorResponse response ? response.getBody() : null;
    if (problem != null && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
      HttpStatus status = HttpStatus.resolve(statusCode.value());
      String name = status == null ? "error" : status.name().toLowerCase(Locale.ROOT).replace('_', '-');
      problem.setType(URI.create(ApiProblems.TYPE_BASE + name));
      if (status == HttpStatus.METHOD_NOT_ALLOWED) {
        problem.setTitle("方法不支持 Method not allowed");
      } else if (status == HttpStatus.NOT_ACCEPTABLE) {
        problem.setTitle("无法提供所需格式 Not acceptable");
        problem.setDetail("This resource answers in application/json (reports also in text/csv and .xlsx); "
            + "ask for one of those in Accept.");
      }
    }
    return super.handleExceptionInternal(ex, problem != null ? problem : body, headers, statusCode, request);
  }

  /** A bounded request header or parameter of a method-validated controller ({@code @Validated}). */
  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> handleConstraintViolation(ConstraintViolationException ex) {
    List<ApiProblems.FieldError> errors = ex.getConstraintViolations().stream()
        .map(v -> new ApiProblems.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage())).toList();
    String fields = errors.stream().map(ApiProblems.FieldError::field).distinct().collect(Collectors.joining(", "));
    return ResponseEntity.badRequest().body(ApiProblems.invalid("Correct these fields: " + fields, errors));
  }

  private static String lastNode(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException ex) {
    return ResponseEntity.badRequest().body(ApiProblems.invalid("A parameter has a value of the wrong type",
        List.of(new ApiProblems.FieldError(ex.getName(), "expected " + describe(ex.getRequiredType()) + ", got '"
            + ex.getValue() + "'"))));
  }

  /**
   * Two nodes (or two people) changed the same case at once: the engine's optimistic locking or a
   * unique key refused the later one. Nothing of the refused request was kept; reload and repeat.
   */
  @ExceptionHandler({OptimisticLockingException.class, DuplicateKeyException.class})
  ResponseEntity<ProblemDetail> handleConcurrentChange(RuntimeException ex) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiProblems.problem(HttpStatus.CONFLICT,
        "concurrent-change", "并发修改冲突 Changed concurrently",
        "The case was changed by another request at the same time; nothing of this request was kept. "
            + "Reload it and send the request again."));
  }

  /**
   * A value the database refused (too long, out of range) that no check caught first: a missing bound
   * — logged so it gets one — answered as the client's input, not as a conflict or a server error.
   */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> handleValueTheDatabaseRefused(DataIntegrityViolationException ex) {
    LOG.warn("A value reached the database unchecked and was refused (add a bound for it): {}",
        PersonalData.maskText(String.valueOf(ex.getMostSpecificCause().getMessage())));
    return ResponseEntity.badRequest().body(ApiProblems.invalid("A value is longer or larger than the case can "
        + "keep; nothing of this request was kept. Shorten the texts and check the amounts.", List.of()));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ProblemDetail> handleEngineAuthorization(AuthorizationException ex) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiProblems.problem(HttpStatus.FORBIDDEN, "forbidden",
        "无权限 Forbidden", "Your groups are not granted this operation: " + ex.getMessage()));
  }

  private static String pathOf(JsonStreamContext context) {
    List<String> names = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      names.add(0, c.inArray() ? "[" + c.getCurrentIndex() + "]" : c.getCurrentName());
    }
    return String.join(".", names).replace(".[", "[");
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
