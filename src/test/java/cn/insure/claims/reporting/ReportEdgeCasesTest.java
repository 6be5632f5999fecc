package cn.insure.claims.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.support.Http;

/**
 * The cases at the edges of a period, over October and November 2024 (Asia/Shanghai), far from the
 * suite's own cases: a claim reported in the last half hour of October and decided in November, a
 * claim at midnight of 1 November, clocks due in one month and done (late) in the next, a clock whose
 * due time is 31 October in UTC but 1 November in Shanghai, and extended complaints closed within and
 * after their extended deadline.
 *
 * <p>October 2024 in Shanghai is [2024-09-30T16:00Z, 2024-10-31T16:00Z), November
 * [2024-10-31T16:00Z, 2024-11-30T16:00Z). Rows are written as the processes write them: an
 * extension moves {@code decision_due_at} to 30 days from receipt and counts in
 * {@code extension_count} ({@code ComplaintHandlingProcessTest}
 * {@code aHandlerMayExtendOnceWithAReasonAndOnceMoreWithASupervisorsApproval}).
 */
@ClaimsSpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportEdgeCasesTest {

  static final String PREFIX = "RPTEDGE-";
  static final String MANAGER = Http.basic("chenjie", "chenjie");

  @LocalServerPort int port;
  @Autowired ObjectMapper objectMapper;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  void octoberAndNovember2024() {
    ReportFixtures f = new ReportFixtures(jdbc, PREFIX);
    f.remove();
    // M1: reported at 23:30 on 31 October in Shanghai (15:30 UTC), complete at once; decided 4 November,
    // paid 8 November. Its 30-day clock falls due at 23:30 on 30 November: a November clock, met.
    f.claim("M1", "440305", "MEDICAL", "WECHAT", false, null, "2024-10-31T15:30:00Z", "2024-10-31T15:30:00Z",
        "2024-11-30T15:30:00Z", "APPROVED", "2024-11-04T02:00:00Z", "2024-11-14T02:00:00Z");
    f.decision("M1", "lina", "2024-11-04T02:00:00Z");
    f.payment("M1", "FINAL", "2024-11-08T02:00:00Z");
    // M2: reported at 00:00 on 1 November in Shanghai (still 31 October in UTC): a November claim.
    f.claim("M2", "440305", "MEDICAL", "WEB", false, null, "2024-10-31T16:00:00Z", null, null, null, null, null);
    // D1: 30-day clock due at 11:00 on 31 October, decided 3 days late on 3 November: an October breach.
    f.claim("D1", "110105", "PROPERTY", "PHONE", false, null, "2024-10-01T03:00:00Z", "2024-10-01T03:00:00Z",
        "2024-10-31T03:00:00Z", "APPROVED", "2024-11-03T03:00:00Z", "2024-11-13T03:00:00Z");
    f.decision("D1", "zhangwei", "2024-11-03T03:00:00Z");
    f.payment("D1", "FINAL", "2024-11-05T03:00:00Z");
    // D2: reported at 01:00 on 2 October in Shanghai; its clock is due at 17:00 UTC on 31 October, which
    // is 01:00 on 1 November in Shanghai: a November clock, breached (decided 10 November).
    f.claim("D2", "110105", "PROPERTY", "PHONE", false, null, "2024-10-01T17:00:00Z", "2024-10-01T17:00:00Z",
        "2024-10-31T17:00:00Z", "APPROVED", "2024-11-10T02:00:00Z", "2024-11-20T02:00:00Z");
    f.decision("D2", "zhangwei", "2024-11-10T02:00:00Z");
    f.payment("D2", "FINAL", "2024-11-12T02:00:00Z");

    // X1: extended to 30 days (due 7 November), resolved on day 29: on time.
    f.complaint("X1", "PHONE", "SERVICE", "GENERAL", "2024-10-08T02:00:00Z", "2024-11-07T02:00:00Z", 1, false,
        "2024-11-06T02:00:00Z", null, null, null, null);
    // X2: extended to 30 days (due 8 November), resolved 2 days after that: breached.
    f.complaint("X2", "PHONE", "SERVICE", "GENERAL", "2024-10-09T02:00:00Z", "2024-11-08T02:00:00Z", 1, false,
        "2024-11-10T02:00:00Z", null, null, null, null);
    // X3: not extended (15 days, due 25 October), resolved on day 27: breached, although within 30 days.
    f.complaint("X3", "ONLINE", "CLAIMS", "GENERAL", "2024-10-10T02:00:00Z", "2024-10-25T02:00:00Z", 0, false,
        "2024-11-06T02:00:00Z", null, null, null, null);
  }

  @AfterAll
  void remove() {
    new ReportFixtures(jdbc, PREFIX).remove();
  }

  @Test
  void aClaimReportedAtHalfPastElevenOnTheLastEveningOfOctoberIsReceivedInOctoberAndDecidedInNovember()
      throws Exception {
    JsonNode october = report("/api/reports/service-quality?period=2024-10");
    JsonNode november = report("/api/reports/service-quality?period=2024-11");

    // M1 is the only WeChat claim: received in October, nothing else there.
    Map<String, JsonNode> octoberWeChat = byIndicator(october, "claims", "channel", "WECHAT");
    assertValue(octoberWeChat, "received", "1");
    assertValue(octoberWeChat, "decided", "0");
    assertValue(octoberWeChat, "paid", "0");
    Map<String, JsonNode> novemberWeChat = byIndicator(november, "claims", "channel", "WECHAT");
    assertValue(novemberWeChat, "received", "0");
    assertValue(novemberWeChat, "decided", "1");
    assertValue(novemberWeChat, "approved", "1");
    assertValue(novemberWeChat, "paid", "1");

    // October: M1, D1, D2 received (not M2, 00:00 on 1 November), nothing decided.
    Map<String, JsonNode> octoberClaims = byIndicator(october, "claims", "overall", "");
    assertValue(octoberClaims, "received", "3");
    assertValue(octoberClaims, "decided", "0");
    // November: M2 received; M1, D1, D2 decided and paid.
    Map<String, JsonNode> novemberClaims = byIndicator(november, "claims", "overall", "");
    assertValue(novemberClaims, "received", "1");
    assertValue(byIndicator(november, "claims", "channel", "WEB"), "received", "1");
    assertValue(novemberClaims, "decided", "3");
    assertValue(novemberClaims, "paid", "3");
    // Report → payment over the claims paid in November: M1 178.5 h, D1 840 h, D2 993 h.
    JsonNode reportToPayment = byIndicator(november, "claims", "cycleTime", "reportToPayment")
        .get("reportToPaymentMedian");
    assertThat(reportToPayment.get("denominator").asInt()).isEqualTo(3);
    assertThat(reportToPayment.get("value").decimalValue()).isEqualByComparingTo("840.0");
    assertThat(byIndicator(october, "claims", "cycleTime", "reportToPayment").get("reportToPaymentMedian")
        .get("denominator").asInt()).isZero();

    // The quarter counts each claim once.
    assertValue(byIndicator(report("/api/reports/service-quality?period=2024-Q4"), "claims", "overall", ""),
        "received", "4");
  }

  @Test
  void aClockDueInOneMonthAndDoneLateInTheNextIsListedInTheMonthItWasDue() throws Exception {
    JsonNode october = report("/api/reports/regulatory?period=2024-10");
    JsonNode november = report("/api/reports/regulatory?period=2024-11");

    // October: D1's determination clock (due 31 October 11:00, decided 3 November) and X3's 15 days.
    assertClock(october, "determination30Days", 1, 0, 1);
    assertClock(october, "complaint15Days", 1, 0, 1);
    assertClock(october, "complaint30Days", 0, 0, 0);
    assertClock(october, "payment10Days", 0, 0, 0);
    assertThat(breaches(october)).containsExactly("complaint15Days RPTEDGE-X3 12.0 false",
        "determination30Days RPTEDGE-D1 3.0 false");

    // November: D1 is not counted again. D2 (due 01:00 on 1 November in Shanghai) is, with M1 (met).
    assertClock(november, "determination30Days", 2, 1, 1);
    assertClock(november, "payment10Days", 3, 3, 0);
    assertThat(breaches(november)).containsExactly("determination30Days RPTEDGE-D2 9.4 false",
        "complaint30Days RPTEDGE-X2 2.0 false");

    // The quarter lists each breach once.
    assertThat(breaches(report("/api/reports/regulatory?period=2024-Q4"))).containsExactly(
        "complaint15Days RPTEDGE-X3 12.0 false", "determination30Days RPTEDGE-D1 3.0 false",
        "determination30Days RPTEDGE-D2 9.4 false", "complaint30Days RPTEDGE-X2 2.0 false");
  }

  @Test
  void anExtendedComplaintIsOnTimeWithinItsExtendedDeadlineAndBreachedAfterIt() throws Exception {
    JsonNode november = report("/api/reports/service-quality?period=2024-11");
    // X1 and X2 were due (extended) in November: X1 met, X2 breached, under the 30-day clock.
    assertClock(november, "complaint30Days", 2, 1, 1);
    assertClock(november, "complaint15Days", 0, 0, 0);
    Map<String, JsonNode> novemberComplaints = byIndicator(november, "complaints", "overall", "");
    assertThat(novemberComplaints.get("onTimeRate").get("value").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(novemberComplaints.get("onTimeRate").get("numerator").asInt()).isEqualTo(1);
    assertThat(novemberComplaints.get("onTimeRate").get("denominator").asInt()).isEqualTo(2);

    // Received in October: X1 closed on time (extended), X2 late, X3 late (not extended).
    JsonNode october = report("/api/reports/service-quality?period=2024-10");
    Map<String, JsonNode> indicators = byIndicator(october, "indicators", "overall", "");
    assertThat(indicators.get("complaintHandlingRate").get("value").decimalValue()).isEqualByComparingTo("0.3333");
    assertThat(indicators.get("complaintHandlingRate").get("numerator").asInt()).isEqualTo(1);
    assertThat(indicators.get("complaintHandlingRate").get("denominator").asInt()).isEqualTo(3);
    Map<String, JsonNode> octoberComplaints = byIndicator(october, "complaints", "overall", "");
    assertValue(octoberComplaints, "received", "3");
    assertValue(octoberComplaints, "extended", "2");
    // Due in October: X3 only (X1 and X2 were moved to November by their extension).
    assertThat(octoberComplaints.get("onTimeRate").get("denominator").asInt()).isEqualTo(1);
    assertThat(octoberComplaints.get("onTimeRate").get("numerator").asInt()).isZero();
  }

  // ---------------------------------------------------------------- helpers

  private JsonNode report(String path) throws Exception {
    var response = new Http(port).get(path, "Authorization", MANAGER);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return objectMapper.readTree(response.body());
  }

  private static JsonNode sheet(JsonNode report, String key) {
    return StreamSupport.stream(report.get("sheets").spliterator(), false)
        .filter(s -> s.get("key").asText().equals(key)).findFirst().orElseThrow().get("rows");
  }

  private static Map<String, JsonNode> byIndicator(JsonNode report, String sheet, String dimension, String group) {
    return StreamSupport.stream(sheet(report, sheet).spliterator(), false)
        .filter(r -> r.get("dimension").asText().equals(dimension) && r.path("group").asText("").equals(group))
        .collect(Collectors.toMap(r -> r.get("indicator").asText(), r -> r, (a, b) -> a));
  }

  private static void assertValue(Map<String, JsonNode> rows, String indicator, String value) {
    assertThat(rows.get(indicator)).as(indicator).isNotNull();
    assertThat(rows.get(indicator).get("value").decimalValue()).as(indicator).isEqualByComparingTo(new BigDecimal(value));
  }

  private static void assertClock(JsonNode report, String clock, int due, int met, int breached) {
    Map<String, JsonNode> clocks = new HashMap<>();
    sheet(report, "clocks").forEach(row -> clocks.put(row.get("clock").asText(), row));
    assertThat(clocks.get(clock).get("due").asInt()).as(clock + " due").isEqualTo(due);
    assertThat(clocks.get(clock).get("met").asInt()).as(clock + " met").isEqualTo(met);
    assertThat(clocks.get(clock).get("breached").asInt()).as(clock + " breached").isEqualTo(breached);
  }

  /** "clock case daysLate open" of each breach, in the report's order (by due time). */
  private static List<String> breaches(JsonNode report) {
    List<String> breaches = new ArrayList<>();
    sheet(report, "breaches").forEach(row -> breaches.add(row.get("clock").asText() + " "
        + row.get("caseNumber").asText() + " " + row.get("daysLate").decimalValue().toPlainString() + " "
        + row.get("open").asBoolean()));
    return breaches;
  }
}
