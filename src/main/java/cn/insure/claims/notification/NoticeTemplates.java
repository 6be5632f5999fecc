package cn.insure.claims.notification;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders the Chinese notices (letters, SMS, e-mail) from the templates in
 * {@code src/main/resources/notices/}: the first line is the subject, the rest the body, and
 * {@code ${name}} is replaced by the value of that name. A placeholder without a value is an
 * error, so a template change cannot silently send a letter with a hole in it.
 */
@Component
public class NoticeTemplates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");

  /** Templates ship inside the application and never change while it runs: read each once, not per notice. */
  private final Map<String, String> loaded = new ConcurrentHashMap<>();

  /** A rendered notice. */
  public record Rendered(String subject, String body) {
  }

  public Rendered render(String template, Map<String, ?> values) {
    String text = loaded.computeIfAbsent(template, NoticeTemplates::load);
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      Object value = values.get(matcher.group(1));
      if (value == null) {
        throw new IllegalArgumentException("Notice template " + template + " needs a value for ${" + matcher.group(1) + "}");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value.toString()));
    }
    matcher.appendTail(out);
    String rendered = out.toString();
    int firstLineEnd = rendered.indexOf('\n');
    return new Rendered(rendered.substring(0, firstLineEnd).trim(), rendered.substring(firstLineEnd + 1).strip());
  }

  private static String load(String template) {
    ClassPathResource resource = new ClassPathResource("notices/" + template + ".txt");
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Notice template notices/" + template + ".txt is missing", e);
    }
  }
}
