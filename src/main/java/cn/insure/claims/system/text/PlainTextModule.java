package cn.insure.claims.system.text;

import java.io.IOException;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Every text field of a JSON body the application API reads is plain text ({@link PlainText}): Spring
 * Boot registers this module with the application's ObjectMapper, so a NUL or half a surrogate pair
 * is refused with 400 naming the field, for every endpoint and every bulk line alike.
 */
@Component
public class PlainTextModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  public PlainTextModule() {
    super("plain-text");
    addDeserializer(String.class, new PlainStringDeserializer());
  }

  /** Jackson's own string reading, then the check. */
  static final class PlainStringDeserializer extends StringDeserializer {
    private static final long serialVersionUID = 1L;

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      String text = super.deserialize(parser, context);
      String problem = PlainText.problem(text);
      if (problem != null) {
        throw InvalidFormatException.from(parser, problem, text, String.class);
      }
      return text;
    }
  }
}
