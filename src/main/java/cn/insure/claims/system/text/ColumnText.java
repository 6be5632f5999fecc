package cn.insure.claims.system.text;

/** Texts written into bounded columns. */
public final class ColumnText {

  private ColumnText() {
  }

  /**
   * The text cut to {@code width} characters, ending in "…" when it was cut (never splitting a
   * surrogate pair): for narratives whose full text is kept elsewhere, rather than a refused write.
   */
  public static String fit(String text, int width) {
    if (text == null || text.length() <= width) {
      return text;
    }
    int cut = width - 1;
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut) + "…";
  }
}
