package cn.insure.claims.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.support.Http;

/**
 * The reports over a known month (March 2025, see {@link ReportFixtures}): every indicator's value,
 * the Shanghai month boundaries, a quarter, an empty month, the three formats and who may read them.
 */
@ClaimsSpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceQualityReportApiTest {

  static final String MANAGER = Http.basic("chenjie", "chenjie");
  static final String INSPECTOR = Http.basic("zhoumin", "zhoumin");
  static final String SPECIALIST = Http.basic("lina", "lina");
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @LocalServerPort int port;
  @Autowired ObjectMapper objectMapper;
  @Autowired JdbcTemplate jdbc;

  Http http;

  @BeforeAll
  void knownMonth() {
    new ReportFixtures(jdbc).remove();
    new ReportFixtures(jdbc).knownMonth();
  }

  @AfterAll
  void removeKnownMonth() {
    new ReportFixtures(jdbc).remove();
  }

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void theServiceQualityIndicatorsOfMarchAreWhatTheCasesSay() throws Exception {
    Map<String, JsonNode> indicators = byIndicator(report("/api/reports/service-quality?period=2025-03", MANAGER),
        "indicators", "overall");

    assertValue(indicators, "customerSatisfaction", "0.5000", 1, 2);
    assertValue(indicators, "satisfactionAverage", "4.00", null, 2);
    assertValue(indicators, "responseOnTime", "0.6667", 2, 3);
    assertValue(indicators, "responseMedian", "30.0", null, 3);
    assertValue(indicators, "responseP90", "180.0", null, 3);
    assertValue(indicators, "serviceAccuracy", "0.5000", 1, 2);
    assertValue(indicators, "attitudeAverage", "4.50", null, 2);
    assertValue(indicators, "clarityAverage", "3.50", null, 2);
    // 9 clocks decided: determination 2 met 1 breached, payment 2 met 1 breached, rejection notice 1 met,
    // complaint 15 days 1 met, extended complaint 30 days 1 breached.
    assertValue(indicators, "processCompliance", "0.6667", 6, 9);
    assertValue(indicators, "complaintHandlingRate", "0.5000", 1, 2);
    assertValue(indicators, "errorRate", "0.6667", 2, 3);
    assertThat(indicators.get("customerSatisfaction").get("target").decimalValue()).isEqualByComparingTo("0.90");
    assertThat(indicators.get("customerSatisfaction").get("targetMet").asBoolean()).isFalse();
  }

  @Test
  void claimsAreCountedInTheShanghaiMonthTheyFellIn() throws Exception {
    JsonNode report = report("/api/reports/service-quality?period=2025-03", MANAGER);
    Map<String, JsonNode> claims = byIndicator(report, "claims", "overall");

    // C1, C2 (01:00 on 1 March in Shanghai) and C5; not C3 (23:00 on 28 February) nor C4 (1 April).
    assertValue(claims, "received", "3", null, null);
    assertValue(claims, "decided", "4", null, null);
    assertValue(claims, "approved", "3", null, null);
    assertValue(claims, "rejected", "1", null, null);
    assertValue(claims, "paid", "3", null, null);
    assertValue(claims, "greenChannelShare", "0.3333", 1, 3);
    assertValue(claims, "determinationOnTime", "0.6667", 2, 3);
    // Decided in March: C1 48 h, C3 0 (complete at report), C5 0, C6 24 h from report to documents complete.
    assertValue(byIndicator(report, "claims", "cycleTime", "reportToDocumentsComplete"),
        "reportToDocumentsCompleteMedian", "12.0", null, 4);
    // Paid in March: C5 72 h, C1 216 h, C6 1008 h from report to payment; p90 is the highest of three.
    assertValue(byIndicator(report, "claims", "cycleTime", "reportToPayment"), "reportToPaymentP90", "1008.0", null,
        3);

    Map<String, JsonNode> byBranch = byIndicator(report, "claims", "branch", "440000");
    assertValue(byBranch, "received", "2", null, null);
    Map<String, JsonNode> byChannel = byIndicator(report, "claims", "channel", "PHONE");
    assertValue(byChannel, "received", "1", null, null);
    assertValue(byChannel, "decided", "1", null, null);

    JsonNode event = report.at("/sheets/2/rows/0");
    assertThat(event.get("eventId").asText()).isEqualTo("CAT-RPT2503");
    assertThat(event.get("claims").asInt()).isEqualTo(2);
    assertThat(event.get("paidWithin7Days").asInt()).isEqualTo(1);
    assertThat(event.get("share").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(event.get("targetMet").asBoolean()).isTrue();

    Map<String, JsonNode> february = byIndicator(report("/api/reports/service-quality?period=2025-02", MANAGER),
        "claims", "overall");
    assertValue(february, "received", "2", null, null); // C3 and C6
    Map<String, JsonNode> april = byIndicator(report("/api/reports/service-quality?period=2025-04", MANAGER),
        "claims", "overall");
    assertValue(april, "received", "1", null, null); // C4
    Map<String, JsonNode> quarter = byIndicator(report("/api/reports/service-quality?period=2025-Q1", MANAGER),
        "claims", "overall");
    assertValue(quarter, "received", "5", null, null);
  }

  @Test
  void complaintsIncludingTheExtendedOneAreCountedByCategoryChannelAndUrgency() throws Exception {
    JsonNode report = report("/api/reports/service-quality?period=2025-03", INSPECTOR);
    Map<String, JsonNode> overall = byIndicator(report, "complaints", "overall");
    assertValue(overall, "received", "2", null, null);
    assertValue(overall, "onTimeRate", "0.5000", 1, 2);
    assertValue(overall, "extended", "1", null, null);
    assertValue(overall, "reviewed", "1", null, null);
    assertValue(overall, "dissatisfiedAfterHandling", "1.0000", 1, 1);
    assertValue(byIndicator(report, "complaints", "category", "CLAIMS"), "received", "1", null, null);
    assertValue(byIndicator(report, "complaints", "urgency", "URGENT"), "received", "1", null, null);
    assertValue(byIndicator(report, "complaints", "reviewOutcome", "REVISED"), "reviewed", "1", null, null);
  }

  @Test
  void theRegulatoryReportListsEveryClockAndEachBreachWithHowLate() throws Exception {
    JsonNode report = report("/api/reports/regulatory?period=2025-03", MANAGER);
    Map<String, JsonNode> clocks = new java.util.HashMap<>();
    report.at("/sheets/0/rows").forEach(row -> clocks.put(row.get("clock").asText(), row));
    assertClock(clocks.get("determination30Days"), 3, 2, 1);
    assertClock(clocks.get("payment10Days"), 3, 2, 1);
    assertClock(clocks.get("rejectionNotice3Days"), 1, 1, 0);
    assertClock(clocks.get("advancePayment60Days"), 0, 0, 0);
    assertClock(clocks.get("complaint15Days"), 1, 1, 0);
    assertClock(clocks.get("complaint30Days"), 1, 0, 1);

    List<String> breaches = new ArrayList<>();
    report.at("/sheets/1/rows").forEach(row -> breaches.add(row.get("clock").asText() + " "
        + row.get("caseNumber").asText() + " " + row.get("daysLate").decimalValue().toPlainString()));
    assertThat(breaches).hasSize(3);
    assertThat(breaches.get(0)).isEqualTo("payment10Days RPT2503-C6 4.0");
    assertThat(breaches.get(1)).isEqualTo("complaint30Days RPT2503-K3 2.0");
    assertThat(breaches.get(2)).startsWith("determination30Days RPT2503-C2 ");
  }

  @Test
  void aMonthWithoutCasesHasZeroCountsAndNoRatesRatherThanAnError() throws Exception {
    JsonNode report = report("/api/reports/service-quality?period=2019-07", MANAGER);
    Map<String, JsonNode> indicators = byIndicator(report, "indicators", "overall");
    assertThat(indicators.get("customerSatisfaction").path("value").isMissingNode()).as("no rate without call-backs")
        .isTrue();
    assertThat(indicators.get("processCompliance").get("denominator").asInt()).isZero();
    assertValue(byIndicator(report, "claims", "overall"), "received", "0", null, null);
    assertThat(report.at("/sheets/5/rows").size()).isZero();
  }

  @Test
  void theStaffAppraisalGivesEachPersonTheirCasesQualityAndSatisfaction() throws Exception {
    JsonNode report = report("/api/reports/staff-appraisal?period=2025-03", MANAGER);
    Map<String, JsonNode> people = new java.util.HashMap<>();
    report.at("/sheets/0/rows").forEach(row -> people.put(row.get("person").asText(), row));
    assertThat(people.get("lina").get("spotChecks").asInt()).isEqualTo(1);
    assertThat(people.get("lina").get("spotCheckFindings").asInt()).isZero();
    assertThat(people.get("lina").get("callBacks").asInt()).isEqualTo(2);
    assertThat(people.get("lina").get("satisfactionAverage").decimalValue()).isEqualByComparingTo("4.00");
    assertThat(people.get("wangfang").get("spotCheckFindings").asInt()).isEqualTo(1);
  }

  @Test
  void theWorkbookHasOneSheetPerAreaWithTheFiguresAsNumbers() throws Exception {
    HttpResponse<byte[]> response = bytes("/api/reports/service-quality?period=2025-03", XLSX, MANAGER);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
        .startsWith(XLSX));
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
      assertThat(workbook.getSheets().map(Sheet::getName).toList()).containsExactly("report", "indicators", "claims",
          "catastrophe", "complaints", "clocks", "breaches");
      List<Row> indicators = workbook.findSheet("indicators").orElseThrow().read();
      assertThat(indicators.get(0).getCellText(2)).isEqualTo("indicator");
      Row satisfaction = indicators.stream().filter(row -> "customerSatisfaction".equals(row.getCellText(2)))
          .findFirst().orElseThrow();
      assertThat(satisfaction.getCellAsNumber(4)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.5"));
      assertThat(satisfaction.getCellText(3)).contains("客户满意率");
      List<Row> breaches = workbook.findSheet("breaches").orElseThrow().read();
      assertThat(breaches).hasSize(4);
      assertThat(breaches.get(1).getCellText(2)).isEqualTo("RPT2503-C6");
      assertThat(breaches.get(1).getCellText(5)).isEqualTo("2025-03-11 10:00"); // Shanghai time
      assertThat(breaches.get(1).getCellAsNumber(7)).hasValueSatisfying(v -> assertThat(v)
          .isEqualByComparingTo("4.0"));
      assertThat(workbook.findSheet("report").orElseThrow().read().get(1).getCellText(1)).isEqualTo("2025-03");
    }
  }

  @Test
  void theCsvParsesIntoOneTableWithTheSheetFirst() {
    HttpResponse<byte[]> response = bytes("/api/reports/regulatory?period=2025-03", "text/csv", INSPECTOR);
    assertThat(response.statusCode()).isEqualTo(200);
    String text = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    List<List<String>> rows = Csv.parse(text.substring(1));
    List<String> header = rows.get(0);
    assertThat(header.get(0)).isEqualTo("sheet");
    assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row).hasSize(header.size()));
    Map<String, String> payment = Csv.record(header, rows.stream().filter(r -> r.contains("payment10Days")
        && r.get(0).equals("clocks")).findFirst().orElseThrow());
    assertThat(payment).containsEntry("due", "3").containsEntry("breached", "1").containsEntry("metShare", "0.6667");
    assertThat(payment.get("name")).contains("10日内赔付");
    long breachRows = rows.stream().filter(r -> r.get(0).equals("breaches")).count();
    assertThat(breachRows).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-13", "2026-Q5", "2026-11-01", "november", "2026-00"})
  void aPeriodThatIsNeitherMonthNorQuarterIsABadRequestSayingWhatToSend(String period) throws Exception {
    HttpResponse<String> response = http.get("/api/reports/service-quality?period=" + period, "Authorization",
        MANAGER);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(objectMapper.readTree(response.body()).get("detail").asText()).contains("YYYY-MM").contains("YYYY-Qn");
  }

  @Test
  void withoutAPeriodTheRequestIsRefused() {
    assertThat(http.get("/api/reports/regulatory", "Authorization", MANAGER).statusCode()).isEqualTo(400);
  }

  @Test
  void managersInspectorsAndAdministratorsReadTheReportsAndOnlyManagersTheStaffAppraisal() {
    assertThat(status("/api/reports/service-quality?period=2025-03", INSPECTOR)).isEqualTo(200);
    assertThat(status("/api/reports/regulatory?period=2025-03", Http.basic("demo", "demo"))).isEqualTo(200);
    assertThat(status("/api/reports/service-quality?period=2025-03", SPECIALIST)).isEqualTo(403);
    assertThat(status("/api/reports/staff-appraisal?period=2025-03", INSPECTOR)).isEqualTo(403);
    assertThat(status("/api/reports/staff-appraisal?period=2025-03", SPECIALIST)).isEqualTo(403);
    assertThat(status("/api/reports/staff-appraisal?period=2025-03", Http.basic("demo", "demo"))).isEqualTo(403);
    assertThat(status("/api/reports/service-quality?period=2025-03", null)).isEqualTo(401);
  }

  @Test
  void anInspectorStartsAnEvaluationByHandAndItsReportIsKeptAndListed() throws Exception {
    HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/api/reports/quality-evaluations")).POST(HttpRequest.BodyPublishers.noBody()), "Authorization", INSPECTOR);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    assertThat(objectMapper.readTree(started.body()).get("processInstanceId").asText()).isNotBlank();
    assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/api/reports/quality-evaluations")).POST(HttpRequest.BodyPublishers.noBody()), "Authorization", SPECIALIST)
        .statusCode()).isEqualTo(403);
    assertThat(http.get("/api/reports/quality-evaluations", "Authorization", MANAGER).statusCode()).isEqualTo(200);
  }

  @Test
  void aFormatTheReportsDoNotWriteIsNotAcceptable() {
    assertThat(bytes("/api/reports/service-quality?period=2025-03", "application/xml", MANAGER).statusCode())
        .isEqualTo(406);
  }

  @Test
  void cockpitUsersGetTheDashboardFromTheirCockpitSessionAndOthersDoNot() throws Exception {
    assertThat(http.get("/cockpit-reports/service-quality?period=2025-03").statusCode()).isEqualTo(401);
    http.webappLogin("cockpit", "chenjie", "chenjie");
    HttpResponse<String> response = http.get("/cockpit-reports/service-quality?period=2025-03");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode dashboard = objectMapper.readTree(response.body());
    assertThat(dashboard.get("period").asText()).isEqualTo("2025-03");
    assertThat(dashboard.get("trend")).hasSize(12);
    assertThat(dashboard.at("/trend/11/period").asText()).isEqualTo("2025-03");
    assertThat(dashboard.at("/trend/11/customerSatisfaction").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(dashboard.get("breaches").findValuesAsText("caseNumber")).containsExactly("RPT2503-C2");
    assertThat(dashboard.get("allBreaches").asInt()).isEqualTo(3);

    // A month later the undecided claim is still on the dashboard; the breaches done late are not.
    JsonNode april = objectMapper.readTree(http.get("/cockpit-reports/service-quality?period=2025-04").body());
    assertThat(april.get("earlierOpenBreaches").findValuesAsText("caseNumber")).contains("RPT2503-C2")
        .doesNotContain("RPT2503-C6", "RPT2503-K3");
    assertThat(april.get("earlierOpenBreaches").findValuesAsText("clock")).containsOnly("determination30Days");

    Http inspector = new Http(port);
    assertThat(inspector.webappLogin("cockpit", "zhoumin", "zhoumin").statusCode()).isEqualTo(200);
    assertThat(inspector.get("/cockpit-reports/service-quality?period=2025-03").statusCode()).isEqualTo(200);

    Http specialist = new Http(port);
    specialist.webappLogin("tasklist", "lina", "lina");
    assertThat(specialist.get("/cockpit-reports/service-quality?period=2025-03").statusCode()).isIn(401, 403);
  }

  // ---------------------------------------------------------------- helpers

  private JsonNode report(String path, String auth) throws Exception {
    HttpResponse<String> response = http.get(path, "Authorization", auth);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return objectMapper.readTree(response.body());
  }

  private HttpResponse<byte[]> bytes(String path, String accept, String auth) {
    return http.sendForBytes(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET(), "Accept",
        accept, "Authorization", auth);
  }

  private int status(String path, String auth) {
    return auth == null ? http.get(path).statusCode() : http.get(path, "Authorization", auth).statusCode();
  }

  private static Map<String, JsonNode> byIndicator(JsonNode report, String sheet, String dimension) {
    return byIndicator(report, sheet, dimension, "");
  }

  private static Map<String, JsonNode> byIndicator(JsonNode report, String sheet, String dimension, String group) {
    JsonNode rows = StreamSupport.stream(report.get("sheets").spliterator(), false)
        .filter(s -> s.get("key").asText().equals(sheet)).findFirst().orElseThrow().get("rows");
    return StreamSupport.stream(rows.spliterator(), false)
        .filter(r -> r.get("dimension").asText().equals(dimension) && r.path("group").asText("").equals(group))
        .collect(Collectors.toMap(r -> r.get("indicator").asText(), r -> r, (a, b) -> a));
  }

  private static void assertValue(Map<String, JsonNode> rows, String indicator, String value, Integer numerator,
      Integer denominator) {
    JsonNode row = rows.get(indicator);
    assertThat(row).as(indicator).isNotNull();
    assertThat(row.get("value").decimalValue()).as(indicator).isEqualByComparingTo(new BigDecimal(value));
    if (numerator != null) {
      assertThat(row.get("numerator").asInt()).as(indicator + " numerator").isEqualTo(numerator);
    }
    if (denominator != null) {
      assertThat(row.get("denominator").asInt()).as(indicator + " denominator").isEqualTo(denominator);
    }
  }

  private static void assertClock(JsonNode clock, int due, int met, int breached) {
    assertThat(clock.get("due").asInt()).as(clock.get("clock").asText()).isEqualTo(due);
    assertThat(clock.get("met").asInt()).as(clock.get("clock").asText()).isEqualTo(met);
    assertThat(clock.get("breached").asInt()).as(clock.get("clock").asText()).isEqualTo(breached);
  }

  /** RFC 4180 reading, enough for the report: quoted fields with commas, quotes and line breaks. */
  static final class Csv {
    static List<List<String>> parse(String text) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          row.add(field.toString());
          field.setLength(0);
        } else if (c == '\r') {
          continue;
        } else if (c == '\n') {
          row.add(field.toString());
          field.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
        } else {
          field.append(c);
        }
      }
      return rows;
    }

    static Map<String, String> record(List<String> header, List<String> row) {
      Map<String, String> record = new java.util.HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        record.put(header.get(i), row.get(i));
      }
      return record;
    }
  }
}
