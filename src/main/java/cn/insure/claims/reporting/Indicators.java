package cn.insure.claims.reporting;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/** The headline indicators of the service-quality evaluation: names, units and default targets. */
final class Indicators {

  record Definition(String id, String name, String unit, boolean lowerIsBetter) {
  }

  static final Map<String, Definition> HEADLINE = ordered(
      new Definition("customerSatisfaction", "客户满意率 Customer satisfaction (4–5 of 5)", "share", false),
      new Definition("satisfactionAverage", "满意度均分 Average satisfaction", "score 1–5", false),
      new Definition("responseOnTime", "咨询按时首次响应率 Consultations answered on time", "share", false),
      new Definition("responseMedian", "咨询首次响应时长中位数 First response, median", "minutes", true),
      new Definition("responseP90", "咨询首次响应时长P90 First response, p90", "minutes", true),
      new Definition("serviceAccuracy", "抽检差错率 Spot-check error rate", "share", true),
      new Definition("attitudeAverage", "服务态度均分 Staff attitude", "score 1–5", false),
      new Definition("clarityAverage", "解释清晰度均分 Staff clarity", "score 1–5", false),
      new Definition("processCompliance", "流程合规率 Statutory clocks met", "share", false),
      new Definition("complaintHandlingRate", "投诉按时办结率 Complaints closed on time", "share", false),
      new Definition("errorRate", "服务差错率 Error rate (spot checks and revised complaint reviews)", "share", true));

  static final Map<String, BigDecimal> DEFAULT_TARGETS = Map.ofEntries(
      Map.entry("customerSatisfaction", new BigDecimal("0.90")),
      Map.entry("satisfactionAverage", new BigDecimal("4.50")),
      Map.entry("responseOnTime", new BigDecimal("0.95")),
      Map.entry("responseMedian", new BigDecimal("30")),
      Map.entry("responseP90", new BigDecimal("120")),
      Map.entry("serviceAccuracy", new BigDecimal("0.05")),
      Map.entry("attitudeAverage", new BigDecimal("4.50")),
      Map.entry("clarityAverage", new BigDecimal("4.50")),
      Map.entry("processCompliance", new BigDecimal("0.98")),
      Map.entry("complaintHandlingRate", new BigDecimal("0.95")),
      Map.entry("errorRate", new BigDecimal("0.05")),
      Map.entry("catastrophePaidWithin7Days", new BigDecimal("0.30")));

  /** The statutory clocks of the regulatory report. */
  static final Map<String, String> CLOCKS = Map.of(
      "determination30Days", "30日内核定 Determination within 30 days (保险法第23条)",
      "payment10Days", "核定后10日内赔付 Payment within 10 days of agreement (第23条)",
      "rejectionNotice3Days", "3日内拒赔通知 Rejection notice within 3 days (第24条)",
      "advancePayment60Days", "60日先予支付 Advance payment from day 60 (第25条)",
      "complaint15Days", "投诉15日办结 Complaint decided within 15 days",
      "complaint30Days", "延期投诉30日办结 Extended complaint decided within 30 days");

  static final Set<String> CLOCK_ORDER = new java.util.LinkedHashSet<>(java.util.List.of("determination30Days",
      "payment10Days", "rejectionNotice3Days", "advancePayment60Days", "complaint15Days", "complaint30Days"));

  private Indicators() {
  }

  private static Map<String, Definition> ordered(Definition... definitions) {
    Map<String, Definition> map = new java.util.LinkedHashMap<>();
    for (Definition d : definitions) {
      map.put(d.id(), d);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
