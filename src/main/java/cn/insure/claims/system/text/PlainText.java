package cn.insure.claims.system.text;

/**
 * Text a person typed: letters, digits, punctuation, spaces, tabs and line breaks. Control characters
 * (a NUL that PostgreSQL refuses in a text column, escape sequences that rewrite a log line or a
 * terminal) and halves of a surrogate pair (not encodable as UTF-8) are refused wherever text enters:
 * JSON bodies, CSV fields and engine form fields.
 */
public final class PlainText {

  private PlainText() {
  }

  /** Why the text is not plain text, or {@code null} when it is. */
  public static String problem(String text) {
    if (text == null) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return "must be text in UTF-8; character " + (i + 1) + " is half of a surrogate pair";
      } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f) {
        return "must not contain control characters; character " + (i + 1) + " is U+"
            + String.format("%04X", (int) c);
      }
    }
    return null;
  }
}
