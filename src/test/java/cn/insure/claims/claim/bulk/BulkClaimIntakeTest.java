package cn.insure.claims.claim.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.claim.ClaimFixtures;
import cn.insure.claims.support.Http;

/**
 * {@code POST /api/claims/bulk}: claims taken by hand at a temporary service point, sent as CSV or
 * JSON lines. Each row is imported once, on its own; bad rows are answered, never imported.
 */
@ClaimsSpringBootTest
class BulkClaimIntakeTest {

  static final String HEADER = "externalReference,policyNumber,channel,claimantName,claimantPhone,claimantIdNumber,"
      + "lossDate,lossPlace,regionCode,peril,cause,productLine,claimType,claimedAmount\n";
  static final String SPECIALIST = Http.basic("zhangwei", "zhangwei");

  @LocalServerPort int port;
  @Autowired ObjectMapper objectMapper;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;

  Http http;
  String batch;

  @BeforeEach
  void setUp() {
    init(processEngine);
    http = new Http(port);
    batch = "SZ-NS-" + UUID.randomUUID().toString().substring(0, 8) + "-";
  }

  @Test
  void aCsvFileWithGoodBadAndRepeatedRowsImportsEachGoodClaimOnceAndNamesWhatIsWrongWithTheRest() throws Exception {
    String yesterday = LocalDate.now().minusDays(1).toString();
    String csv = HEADER
        + batch + "001,P-MED-2026-000001,BRANCH,王小明,13800138000,110101199003078888," + yesterday
        + ",\"深圳市南山区人民医院, 住院部\",440305,ILLNESS,急性肠胃炎住院,MEDICAL,HOSPITALISATION,3200.00\n"
        + batch + "002,P-MED-2026-000001,BRANCH,王小明,13800138000,110101199003078888," + yesterday
        + ",深圳市南山区,440305,TSUNAMI,不存在的风险,MEDICAL,HOSPITALISATION,3200.00\n"
        + batch + "003,P-ACC-2026-000002,BRANCH,黄海波,12345,440305197911053316," + yesterday
        + ",,440305,ACCIDENT,台风天滑倒骨折,ACCIDENT,INJURY,1800.00\n"
        + batch + "004,P-ACC-2026-000002,PHONE,黄海波,13925561873,440305197911053316," + yesterday
        + ",深圳市南山区后海大道,440305,ACCIDENT,\"台风天被吹落的招牌砸伤，\"\"左臂骨折\"\"\",ACCIDENT,INJURY,1800.00\n"
        + batch + "001,P-MED-2026-000001,BRANCH,王小明,13800138000,110101199003078888," + yesterday
        + ",\"深圳市南山区人民医院, 住院部\",440305,ILLNESS,急性肠胃炎住院,MEDICAL,HOSPITALISATION,3200.00\n"
        + batch + "006,P-MED-2026-999999,BRANCH,王小明,13800138000,110101199003078888," + yesterday
        + ",深圳市南山区,440305,ILLNESS,门诊,MEDICAL,OUTPATIENT,300.00\n"
        + batch + "001,P-MED-2026-000001,BRANCH,王小明,13800138000,110101199003078888," + yesterday
        + ",\"深圳市南山区人民医院, 住院部\",440305,ILLNESS,急性肠胃炎住院,MEDICAL,HOSPITALISATION,9999.00\n"
        + ",P-MED-2026-000001,BRANCH,王小明,13800138000,110101199003078888," + yesterday
        + ",深圳市南山区,440305,ILLNESS,门诊,MEDICAL,OUTPATIENT,300.00\n";

    HttpResponse<String> response = post(csv, "text/csv", SPECIALIST);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode answer = objectMapper.readTree(response.body());
    assertThat(answer.get("imported").asInt()).isEqualTo(2);
    assertThat(answer.get("duplicates").asInt()).isEqualTo(1);
    assertThat(answer.get("rejected").asInt()).isEqualTo(5);
    JsonNode rows = answer.get("rows");
    assertThat(rows).hasSize(8);
    assertThat(rows.findValuesAsText("row")).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
    String first = rows.get(0).get("claimNumber").asText();
    assertThat(first).matches("CLM-\\d{8}-\\d{6}");
    assertThat(rows.get(0).get("errors")).isEmpty();
    assertThat(fields(rows.get(1))).containsExactly("peril");
    assertThat(rows.get(1).get("claimNumber").isNull()).isTrue();
    assertThat(fields(rows.get(2))).containsExactly("claimantPhone", "lossPlace");
    assertThat(rows.get(3).get("errors")).isEmpty();
    assertThat(rows.get(4).get("claimNumber").asText()).isEqualTo(first);
    assertThat(rows.get(4).get("errors")).isEmpty();
    assertThat(fields(rows.get(5))).containsExactly("policyNumber");
    assertThat(rows.get(6).get("errors").get(0).get("message").asText()).contains("already used");
    assertThat(fields(rows.get(7))).containsExactly("externalReference");

    ProcessInstance claim = claimProcess(first);
    assertThat(claim).isWaitingAt("awaitMissingDocuments");
    assertThat(jdbc.queryForObject("SELECT submitted_by FROM claim WHERE claim_number = ?", String.class, first))
        .isEqualTo("zhangwei");
    assertThat(jdbc.queryForObject("SELECT loss_cause FROM claim WHERE claim_number = ?", String.class,
        rows.get(3).get("claimNumber").asText())).isEqualTo("台风天被吹落的招牌砸伤，\"左臂骨折\"");

    JsonNode again = objectMapper.readTree(post(csv, "text/csv", SPECIALIST).body());

    assertThat(again.get("imported").asInt()).isZero();
    assertThat(again.get("duplicates").asInt()).isEqualTo(3);
    assertThat(again.get("rejected").asInt()).isEqualTo(5);
    assertThat(again.get("rows").get(0).get("claimNumber").asText()).isEqualTo(first);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM claim WHERE idempotency_key LIKE ?", Long.class, batch + "%"))
        .isEqualTo(2);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(first).count()).isOne();
  }

  @Test
  void jsonLinesInTheShapeOfASingleClaimAreImportedTheSameWay() throws Exception {
    ObjectNode complete = objectMapper.valueToTree(ClaimFixtures.medicalClaimWithAllDocuments());
    complete.put("externalReference", batch + "J1");
    ObjectNode unknownField = objectMapper.valueToTree(ClaimFixtures.medicalClaimWithAllDocuments());
    unknownField.put("externalReference", batch + "J3");
    unknownField.put("colour", "red");
    String lines = complete + "\n" + "{\"externalReference\": \"" + batch + "J2\", \"policyNumber\": \n" + "\n"
        + unknownField + "\n" + complete + "\n";

    HttpResponse<String> response = post(lines, "application/x-ndjson", Http.basic("channel", "channel"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode answer = objectMapper.readTree(response.body());
    assertThat(answer.get("imported").asInt()).isEqualTo(1);
    assertThat(answer.get("duplicates").asInt()).isEqualTo(1);
    assertThat(answer.get("rejected").asInt()).isEqualTo(2);
    JsonNode rows = answer.get("rows");
    assertThat(fields(rows.get(1))).containsExactly("line");
    assertThat(fields(rows.get(2))).containsExactly("colour");
    assertThat(rows.get(2).get("externalReference").asText()).isEqualTo(batch + "J3");
    String claimNumber = rows.get(0).get("claimNumber").asText();
    assertThat(rows.get(3).get("claimNumber").asText()).isEqualTo(claimNumber);
    assertThat(claimProcess(claimNumber)).isWaitingAt("firstReview");
  }

  @Test
  void aFileWhoseHeaderDoesNotNameTheColumnsImportsNothing() throws Exception {
    long before = jdbc.queryForObject("SELECT COUNT(*) FROM claim", Long.class);
    String csv = "externalReference,policyNumber,colour\n" + batch + "H1,P-MED-2026-000001,red\n";

    HttpResponse<String> response = post(csv, "text/csv", SPECIALIST);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("unknown column 'colour'").contains("missing column 'claimantName'");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM claim", Long.class)).isEqualTo(before);
  }

  @Test
  void onlyCsvOrJsonLinesFromClaimIntakeAreAccepted() {
    assertThat(post("{}", "application/json", SPECIALIST).statusCode()).isEqualTo(415);
    assertThat(post(HEADER, "text/csv;charset=GBK", SPECIALIST).statusCode()).isEqualTo(415);
    assertThat(post(HEADER, "text/csv", Http.basic("wangfang", "wangfang")).statusCode()).isEqualTo(403);
    assertThat(post(HEADER, "text/csv", null).statusCode()).isEqualTo(401);
  }

  private ProcessInstance claimProcess(String claimNumber) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("claimHandling")
        .processInstanceBusinessKey(claimNumber).singleResult();
  }

  private static List<String> fields(JsonNode row) {
    return row.get("errors").findValuesAsText("field");
  }

  private HttpResponse<String> post(String body, String contentType, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/claims/bulk"))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
    return authorization == null ? http.send(request) : http.send(request, "Authorization", authorization);
  }
}
