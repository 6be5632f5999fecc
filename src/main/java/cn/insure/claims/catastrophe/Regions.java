package cn.insure.claims.catastrophe;

import java.util.regex.Pattern;

/**
 * Administrative division codes (行政区划代码) as events name their regions: {@code 440000} is a
 * whole province and covers every code starting {@code 44}; {@code 440300} a city, covering
 * {@code 4403xx}; any other code one district. A claim's region is always a 6-digit code.
 */
final class Regions {

  private static final Pattern CODE = Pattern.compile("\\d{6}");

  private Regions() {
  }

  /** The prefix of the claim region codes an event region covers: 44, 4403 or the whole code. */
  static String matchPrefix(String eventRegion) {
    if (eventRegion == null || !CODE.matcher(eventRegion).matches()) {
      throw new IllegalArgumentException("A region is a 6-digit administrative division code, got " + eventRegion);
    }
    if (eventRegion.endsWith("0000")) {
      return eventRegion.substring(0, 2);
    }
    if (eventRegion.endsWith("00")) {
      return eventRegion.substring(0, 4);
    }
    return eventRegion;
  }

  static boolean covers(String eventRegion, String claimRegion) {
    return claimRegion != null && claimRegion.startsWith(matchPrefix(eventRegion));
  }
}
