package cn.insure.claims.system.webapps;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the webapps' English labels ({@code app/<app>/locales/en.json}) as the Camunda webjar ships
 * them, without their {@code dateLocales} block.
 *
 * <p>Why: a Chinese browser loads {@code zh.json} and, as fallback, {@code en.json}; the webapps hand
 * the {@code dateLocales} of each file to moment.js, which makes the locale of the file answered
 * <em>last</em> the one of every date ("in a month" or "1 个月后"), so the date words of a Chinese
 * Tasklist were English or Chinese by chance (seen in the browser tests). Without the block in
 * en.json, English browsers get moment's built-in English (the same words) and Chinese browsers
 * always the Chinese of zh.json. Every other label is untouched; the file is read from the webjar on
 * each start, so an upgrade needs no copy kept here.
 */
@Component
class EnglishDateWordsFilter extends OncePerRequestFilter {

  private static final Pattern EN_LOCALE = Pattern.compile(".*/app/(tasklist|cockpit|admin)/locales/en\\.json");

  private final ObjectMapper json = new ObjectMapper();
  private final java.util.Map<String, byte[]> served = new java.util.concurrent.ConcurrentHashMap<>();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod()) || app(request) == null;
  }

  /** The app whose English labels are asked for, or {@code null} for any other request. */
  private static String app(HttpServletRequest request) {
    Matcher matcher = EN_LOCALE.matcher(request.getRequestURI());
    return matcher.matches() ? matcher.group(1) : null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = served.computeIfAbsent(app(request), this::withoutDateWords);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private byte[] withoutDateWords(String app) {
    ClassPathResource english = new ClassPathResource("META-INF/resources/webjars/camunda/app/" + app
        + "/locales/en.json");
    try (InputStream in = english.getInputStream()) {
      ObjectNode labels = (ObjectNode) json.readTree(in);
      labels.remove("dateLocales");
      return json.writeValueAsBytes(labels);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("The Camunda webjar has no " + english.getPath(), e);
    }
  }
}
