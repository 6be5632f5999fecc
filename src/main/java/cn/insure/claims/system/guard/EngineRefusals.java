package cn.insure.claims.system.guard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.system.errors.EngineRestConflicts;
import cn.insure.claims.system.privacy.PersonalData;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The engine REST API (and Tasklist's and Cockpit's proxy to it) answers 500 for most exceptions a
 * command throws, including the refusals of bad input that our listeners and guards raise. This filter
 * gives those refusals the status they are: 400 for a value to correct, 403 for an operation the user
 * may not do — with the message that says what to fix, in the engine REST API's error shape plus the
 * RFC 9457 fields (an expression a model may not evaluate is such a refusal too). Only a refusal raised inside this request's own engine command is rewritten; every
 * other 500 stays a 500.
 */
final class EngineRefusals extends OncePerRequestFilter {

  private record Refusal(int status, String message) {
  }

  private static final ThreadLocal<Refusal> CURRENT = new ThreadLocal<>();

  /** Set while this filter handles a request on the thread: refusals count only there. */
  private static final ThreadLocal<Boolean> FILTERING = new ThreadLocal<>();

  private static final Logger LOG = LoggerFactory.getLogger(EngineRefusals.class);

  /**
   * Whether the engine REST request this filter is handling on this thread, now failing with {@code failure},
   * will be answered as the client's error, not as a 500: a person's command was refused for a reason they can
   * fix (see {@link #record}), or the failure is a concurrent change (409). Outside such a request (an
   * application API call acting as a person, another path, a test) nothing is rewritten, so the answer is no.
   */
  static boolean answeredAsClientError(String failure) {
    return Boolean.TRUE.equals(FILTERING.get()) && (CURRENT.get() != null || failure.contains(OPTIMISTIC_LOCKING));
  }

  private final ObjectMapper objectMapper;

  EngineRefusals(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  private static final String UNREADABLE = "请求体无法读取 The request body is not JSON of the shape this call takes: "
      + "send an object such as {\"variables\":{\"name\":{\"value\":…}}} (see the Camunda 7 REST API reference).";

  private static final Pattern LOCATION = Pattern.compile("line: (\\d+), column: (\\d+)");

  /** A 400 without the engine's error shape: no body, a text body, or an empty message. */
  private boolean saysNothing(ContentCachingResponseWrapper buffered) {
    byte[] content = buffered.getContentAsByteArray();
    if (content.length == 0) {
      return true;
    }
    try {
      var answer = objectMapper.readTree(content);
      return answer == null || !answer.isObject() || answer.path("message").asText().isBlank();
    } catch (IOException notJson) {
      return true;
    }
  }

  /** The engine REST API's error shape ({@code type}, {@code message}) with the RFC 9457 fields. */
  private static Map<String, Object> engineError(int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", status == 403 ? "AuthorizationException"
        : status == 404 ? "NotFoundException" : "InvalidRequestException");
    body.put("message", message);
    body.put("title", status == 403 ? "Forbidden" : status == 404 ? "Not Found" : "Bad Request");
    body.put("status", status);
    body.put("detail", message);
    return body;
  }

  private void answer(ContentCachingResponseWrapper buffered, int status, String contentType, Map<String, Object> body)
      throws IOException {
    buffered.resetBuffer();
    buffered.setStatus(status);
    buffered.setContentType(contentType + ";charset=UTF-8");
    buffered.getOutputStream().write(objectMapper.writeValueAsBytes(body));
  }

  /** The engine's optimistic-locking failure ({@code ENGINE-03005}) inside a 500 of the REST resources. */
  private static boolean concurrentChange(ContentCachingResponseWrapper buffered) {
    return new String(buffered.getContentAsByteArray(), StandardCharsets.UTF_8).contains(OPTIMISTIC_LOCKING);
  }

  private static final String OPTIMISTIC_LOCKING = "ENGINE-03005";

  /** Where the parser stopped reading, when its text says so. */
  private static String location(String text) {
    Matcher matcher = LOCATION.matcher(text);
    return matcher.find() ? " (line " + matcher.group(1) + ", column " + matcher.group(2) + ")" : "";
  }

  /** Remembers why a person's command failed, when it failed for a reason the person can fix. */
  static void record(RuntimeException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof AuthorizationException) {
        CURRENT.set(new Refusal(403, cause.getMessage()));
        return;
      }
      if (cause instanceof NullValueException) {
        // The task (or instance) is gone: someone — on this node or another — completed it first.
        CURRENT.set(new Refusal(404, cause.getMessage() + " — it may have been completed meanwhile; reload"));
        return;
      }
      if (cause instanceof BadUserRequestException || cause instanceof FormFieldValidationException
          || cause instanceof NotValidException || cause instanceof ELException) {
        CURRENT.set(new Refusal(400, cause.getMessage()));
        return;
      }
    }
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    CURRENT.remove();
    FILTERING.set(Boolean.TRUE);
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, buffered);
      Refusal refusal = CURRENT.get();
      if (refusal != null && buffered.getStatus() == 500 && !response.isCommitted()) {
        // The refusal may quote the value refused (a phone number in a form field): masked like every answer.
        String message = PersonalData.maskText(refusal.message());
        answer(buffered, refusal.status(), "application/json", engineError(refusal.status(), message));
        // One line instead of the engine REST's 500 stack trace (RefusalsAreNotServerErrors).
        LOG.info("{} {} refused with {}: {}", request.getMethod(), request.getRequestURI(), refusal.status(), message);
      } else if (buffered.getStatus() == 500 && !response.isCommitted() && concurrentChange(buffered)) {
        // Two people or two nodes completed one task at once: the engine's optimistic locking refused the later
        // one at commit, after every interceptor, and the REST resource wrapped it in a 500. It is a conflict,
        // answered as the engine REST's own mapper answers one it sees unwrapped.
        answer(buffered, 409, "application/problem+json", EngineRestConflicts.CONCURRENT_CHANGE);
        LOG.info("{} {} answered 409: changed concurrently", request.getMethod(), request.getRequestURI());
      } else if (buffered.getStatus() == 400 && !response.isCommitted() && saysNothing(buffered)) {
        // Jersey's answer to a body it cannot read (truncated JSON, a list where an object belongs) is an
        // empty message or a parser's text naming internal classes: say what the call expects instead.
        String where = location(new String(buffered.getContentAsByteArray(), StandardCharsets.UTF_8));
        answer(buffered, 400, "application/json", engineError(400, UNREADABLE + where));
      }
    } finally {
      CURRENT.remove();
      FILTERING.remove();
      buffered.copyBodyToResponse();
    }
  }
}
