package cn.insure.claims.system.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masking of the customer data that must never be shown or logged in clear: resident ID numbers
 * (身份证号), mobile phone numbers, bank account numbers and e-mail addresses.
 */
public final class PersonalData {

  /** 18-character resident ID number: 17 digits and a digit or X check character. */
  private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})\\d{8}(\\d{3}[0-9Xx])(?![0-9A-Za-z])");
  /** Mainland mobile number, optionally with +86 or 86 in front. */
  private static final Pattern MOBILE = Pattern.compile("(?<![0-9])((?:\\+?86)?1[3-9]\\d)\\d{4}(\\d{4})(?![0-9])");
  /** Bank card or account numbers: 12 to 19 digits (checked after ID numbers and phones). */
  private static final Pattern ACCOUNT = Pattern.compile("(?<![0-9*])\\d{8,15}(\\d{4})(?![0-9])");
  /** E-mail addresses: the first character and the domain stay. */
  private static final Pattern EMAIL = Pattern.compile("(?<![A-Za-z0-9._%+-])([A-Za-z0-9])[A-Za-z0-9._%+-]*@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)");

  private PersonalData() {
  }

  /** {@code 110101199003078888} becomes {@code 110101********8888}. */
  public static String maskIdNumber(String idNumber) {
    if (idNumber == null || idNumber.length() < 8) {
      return idNumber == null ? null : "*".repeat(idNumber.length());
    }
    return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
  }

  /** {@code 13800138000} becomes {@code 138****8000}. */
  public static String maskPhone(String phone) {
    if (phone == null || phone.length() < 7) {
      return phone == null ? null : "*".repeat(phone.length());
    }
    return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
  }

  /** {@code 6225880112345678} becomes {@code ************5678}. */
  public static String maskAccount(String account) {
    if (account == null || account.length() < 5) {
      return account == null ? null : "*".repeat(account.length());
    }
    return "*".repeat(account.length() - 4) + account.substring(account.length() - 4);
  }

  /** {@code wxm@example.com} becomes {@code w**@example.com}: the domain stays, to tell addresses apart. */
  public static String maskEmail(String email) {
    if (email == null) {
      return null;
    }
    int at = email.indexOf('@');
    if (at <= 0) {
      return "*".repeat(email.length());
    }
    return email.charAt(0) + "*".repeat(Math.max(2, at - 1)) + email.substring(at);
  }

  /** Masks every ID number, mobile number, account number and e-mail address found in free text (log lines). */
  public static String maskText(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String masked = replace(ID_NUMBER, text, m -> m.group(1) + "********" + m.group(2));
    masked = replace(MOBILE, masked, m -> m.group(1) + "****" + m.group(2));
    masked = replace(EMAIL, masked, m -> m.group(1) + "**@" + m.group(2));
    return replace(ACCOUNT, masked, m -> "*".repeat(m.group().length() - 4) + m.group(1));
  }

  private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> masker) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    do {
      matcher.appendReplacement(out, Matcher.quoteReplacement(masker.apply(matcher)));
    } while (matcher.find());
    matcher.appendTail(out);
    return out.toString();
  }
}
