package cn.insure.claims.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.support.Http;

/** The claims API as a channel system uses it. */
@ClaimsSpringBootTest
class ClaimApiTest {

  static final String CHANNEL = Http.basic("channel", "channel");

  @LocalServerPort int port;
  @Autowired ObjectMapper objectMapper;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void aChannelSubmitsAClaimAndGetsItsNumberStatusAndDueDates() throws Exception {
    HttpResponse<String> response = post(json(ClaimFixtures.medicalClaimWithAllDocuments()), null);

    assertThat(response.statusCode()).isEqualTo(201);
    JsonNode body = objectMapper.readTree(response.body());
    String claimNumber = body.get("claimNumber").asText();
    assertThat(claimNumber).matches("CLM-\\d{8}-\\d{6}");
    assertThat(response.headers().firstValue("Location")).hasValue("/api/claims/" + claimNumber);
    assertThat(body.get("greenChannel").asBoolean()).isFalse();
    assertThat(body.get("missingDocuments")).isEmpty();
    assertThat(body.get("stage").get("en").asText()).isEqualTo("First review in progress");
    assertThat(body.at("/dueDates/determinationDue").asText()).isNotBlank();
  }

  @Test
  void aReSentRequestWithTheSameIdempotencyKeyReturnsTheFirstClaim() throws Exception {
    String key = UUID.randomUUID().toString();
    String request = json(ClaimFixtures.medicalClaimWithAllDocuments());

    HttpResponse<String> first = post(request, key);
    HttpResponse<String> again = post(request, key);

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(200);
    String claimNumber = objectMapper.readTree(first.body()).get("claimNumber").asText();
    assertThat(objectMapper.readTree(again.body()).get("claimNumber").asText()).isEqualTo(claimNumber);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM claim WHERE idempotency_key = ?", Long.class, key)).isOne();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(claimNumber).count()).isOne();
  }

  @Test
  void anUnknownPolicyIsRefusedWith422AndLeavesNoTrace() throws Exception {
    long claimsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM claim", Long.class);
    long instancesBefore = runtimeService.createProcessInstanceQuery().count();
    String request = json(ClaimFixtures.medicalClaimWithAllDocuments()).replace("P-MED-2026-000001", "P-MED-2026-999999");

    HttpResponse<String> response = post(request, null);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("P-MED-2026-999999").contains("policyNumber");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM claim", Long.class)).isEqualTo(claimsBefore);
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
  }

  @Test
  void aLapsedPolicyIsRefusedWith422AndLeavesNoTrace() throws Exception {
    long claimsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM claim", Long.class);
    long instancesBefore = runtimeService.createProcessInstanceQuery().count();
    // P-MED-2026-000004 (刘婷) lapsed in the demo register.
    String request = json(ClaimFixtures.medicalClaimWithAllDocuments()).replace("P-MED-2026-000001", "P-MED-2026-000004");

    HttpResponse<String> response = post(request, null);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("policy-not-in-force").contains("LAPSED");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM claim", Long.class)).isEqualTo(claimsBefore);
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
  }

  @Test
  void invalidFieldsAreNamedWithWhatIsExpected() throws Exception {
    String request = json(ClaimFixtures.medicalClaimWithAllDocuments()).replace("13800138000", "12345")
        .replace("\"440305\"", "\"4403\"");

    HttpResponse<String> response = post(request, null);

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode errors = objectMapper.readTree(response.body()).get("errors");
    assertThat(errors.findValuesAsText("field")).contains("claimant.phone", "loss.regionCode");
    assertThat(response.body()).contains("11-digit mainland mobile number").contains("6-digit administrative");
  }

  @Test
  void malformedJsonUnknownFieldsAndWrongTypesAreRefusedWith400() {
    assertThat(post("{\"policyNumber\": ", null).statusCode()).isEqualTo(400);

    HttpResponse<String> unknown = post("{\"policyNumber\":\"P-MED-2026-000001\",\"colour\":\"red\"}", null);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("colour").contains("unknown field");

    HttpResponse<String> wrongType = post("{\"policyNumber\":\"P-MED-2026-000001\",\"claimedAmount\":\"lots\"}", null);
    assertThat(wrongType.statusCode()).isEqualTo(400);
    assertThat(wrongType.body()).contains("claimedAmount").contains("a number");

    HttpResponse<String> wrongEnum = post("{\"channel\":\"FAX\"}", null);
    assertThat(wrongEnum.statusCode()).isEqualTo(400);
    assertThat(wrongEnum.body()).contains("channel").contains("PHONE");
  }

  @Test
  void theClaimShowsItsStageAndMasksPersonalData() throws Exception {
    String claimNumber = submitted(ClaimFixtures.medicalClaimWithDocuments(java.util.List.of("CLAIM_FORM")));

    HttpResponse<String> response = http.get("/api/claims/" + claimNumber, "Authorization", CHANNEL);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode claim = objectMapper.readTree(response.body());
    assertThat(claim.at("/stage/zh").asText()).isEqualTo("等待您补充资料");
    assertThat(claim.at("/claimant/idNumber").asText()).isEqualTo("110101********8888");
    assertThat(claim.at("/claimant/phone").asText()).isEqualTo("138****8000");
    assertThat(response.body()).doesNotContain("110101199003078888").doesNotContain("13800138000")
        .doesNotContain("6225880112345678");
    assertThat(claim.get("missingDocuments").size()).isEqualTo(5);
    assertThat(claim.at("/dueDates/documentsDue").asText()).isNotBlank();
    assertThat(claim.get("timeline").findValuesAsText("type")).contains("REGISTERED", "DOCUMENTS_CHECKED",
        "NOTICE_SENT");
  }

  @Test
  void anUploadThatCompletesTheChecklistMovesTheClaimToFirstReview() throws Exception {
    String claimNumber = submitted(ClaimFixtures.medicalClaimWithDocuments(ClaimFixtures.HOSPITALISATION_DOCUMENTS
        .subList(0, 5)));

    HttpResponse<String> upload = upload(claimNumber, "DISCHARGE_SUMMARY", "discharge.pdf",
        ClaimFixtures.pdfBytes("出院小结"));

    assertThat(upload.statusCode()).isEqualTo(201);
    JsonNode document = objectMapper.readTree(upload.body());
    assertThat(document.get("sha256").asText()).hasSize(64);
    JsonNode claim = objectMapper.readTree(http.get("/api/claims/" + claimNumber, "Authorization", CHANNEL).body());
    assertThat(claim.at("/stage/en").asText()).isEqualTo("First review in progress");
    assertThat(claim.get("missingDocuments")).isEmpty();

    HttpResponse<String> download = http.get(document.get("href").asText(), "Authorization", CHANNEL);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
  }

  @Test
  void aFileThatIsNotPdfJpegOrPngIsRefusedWith415() throws Exception {
    String claimNumber = submitted(ClaimFixtures.medicalClaimWithDocuments(java.util.List.of("CLAIM_FORM")));

    HttpResponse<String> response = upload(claimNumber, "MEDICAL_INVOICE", "invoice.pdf",
        "MZ this is an executable".getBytes(StandardCharsets.US_ASCII));

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(response.body()).contains("PDF, JPEG or PNG");
  }

  @Test
  void anUnknownClaimIs404AndADisputeBeforeTheDecisionIs409() throws Exception {
    assertThat(http.get("/api/claims/CLM-20260101-999999", "Authorization", CHANNEL).statusCode()).isEqualTo(404);

    String claimNumber = submitted(ClaimFixtures.medicalClaimWithAllDocuments());
    HttpResponse<String> dispute = http.postJson("/api/claims/" + claimNumber + "/dispute",
        "{\"reason\":\"金额太低\"}", "Authorization", CHANNEL);
    assertThat(dispute.statusCode()).isEqualTo(409);
  }

  @Test
  void aProcessAnalystMayNotReadClaims() {
    assertThat(http.get("/api/claims", "Authorization", Http.basic("huangwei", "huangwei")).statusCode())
        .isEqualTo(403);
    assertThat(http.get("/api/claims?size=5", "Authorization", Http.basic("wangfang", "wangfang")).statusCode())
        .isEqualTo(200);
  }

  private String submitted(ClaimSubmission submission) throws Exception {
    HttpResponse<String> response = post(json(submission), null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return objectMapper.readTree(response.body()).get("claimNumber").asText();
  }

  private HttpResponse<String> post(String json, String idempotencyKey) {
    return idempotencyKey == null ? http.postJson("/api/claims", json, "Authorization", CHANNEL)
        : http.postJson("/api/claims", json, "Authorization", CHANNEL, "Idempotency-Key", idempotencyKey);
  }

  private HttpResponse<String> upload(String claimNumber, String type, String fileName, byte[] content) {
    return upload(http, port, claimNumber, type, fileName, content);
  }

  /** A multipart upload as a channel system sends it. */
  static HttpResponse<String> upload(Http http, int port, String claimNumber, String type, String fileName,
      byte[] content) {
    String boundary = "----claims" + System.nanoTime();
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type + "\r\n--"
        + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/claims/" + claimNumber
        + "/documents")).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)), "Authorization", CHANNEL);
  }

  private String json(Object value) throws Exception {
    return objectMapper.writeValueAsString(value);
  }
}
