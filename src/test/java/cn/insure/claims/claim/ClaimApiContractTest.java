package cn.insure.claims.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.support.Http;

/**
 * The claims API's contract, status code by status code, as the issue lists them (what
 * {@link ClaimApiTest} shows of the happy paths is not repeated): every refusal is a problem detail
 * naming what to fix, and a refused request leaves no row, no process instance and no notice.
 */
@ClaimsSpringBootTest
class ClaimApiContractTest {

  static final String CHANNEL = Http.basic("channel", "channel");
  static final Path EXAMPLE = Path.of("src/main/resources/openapi/claim-submission.example.json");
  static final int TEN_MB = 10 * 1024 * 1024;

  @LocalServerPort int port;
  @Autowired ObjectMapper objectMapper;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ClaimService claimService;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  // --- POST /api/claims ----------------------------------------------------------------------------

  @Test
  void theExampleOfTheApiDescriptionIsAcceptedAsItIs() throws Exception {
    HttpResponse<String> response = postClaim(Files.readString(EXAMPLE), null);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode receipt = read(response);
    assertThat(receipt.get("claimNumber").asText()).matches("CLM-\\d{8}-\\d{6}");
    assertThat(receipt.get("missingDocuments")).extracting(JsonNode::asText).containsExactlyInAnyOrder("ID_DOCUMENT",
        "BANK_ACCOUNT_PROOF", "MEDICAL_INVOICE", "EXPENSE_LIST", "DISCHARGE_SUMMARY");
  }

  @Test
  void anIdempotencyKeyReusedForADifferentClaimIs422AndCreatesNothing() throws Exception {
    String key = UUID.randomUUID().toString();
    assertThat(postClaim(example(), key).statusCode()).isEqualTo(201);
    Traces before = traces();

    HttpResponse<String> different = postClaim(example().replace("12800.00", "9800.00"), key);

    assertThat(different.statusCode()).isEqualTo(422);
    assertThat(different.body()).contains("idempotency-key-reused").contains(key);
    assertThat(traces()).isEqualTo(before);
  }

  @Test
  void reSendsWithOneKeyThatArriveTogetherCreateOneClaim() throws Exception {
    String key = UUID.randomUUID().toString();
    String body = example();

    List<CompletableFuture<HttpResponse<String>>> sends = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      sends.add(CompletableFuture.supplyAsync(() -> postClaim(body, key)));
    }
    List<HttpResponse<String>> answers = sends.stream().map(CompletableFuture::join).toList();

    assertThat(answers).extracting(HttpResponse::statusCode).as(answers.toString())
        .containsExactlyInAnyOrder(201, 200, 200);
    assertThat(answers.stream().map(a -> read(a).get("claimNumber").asText()).distinct()).hasSize(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM claim WHERE idempotency_key = ?", Long.class, key)).isOne();
  }

  /** claims.api.max-json-body of the test profile. */
  private static final int JSON_LIMIT = 16 * 1024 * 1024;

  static Stream<Arguments> refusedSubmissions() throws Exception {
    String example = Files.readString(EXAMPLE);
    String notAPdf = Base64.getEncoder().encodeToString("MZ\u0090 executable".getBytes(StandardCharsets.ISO_8859_1));
    byte[] tooLarge = new byte[TEN_MB + 1];
    System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, tooLarge, 0, 9);
    String firstDocument = "\"contentBase64\": \"JVBERi0xLjQKJSDnkIbotZTnlLPor7fkuaYgQ2xhaW0gZm9ybQolJUVPRgo=\"";
    String twoSameFiles = example.replace("\"documents\": [", "\"documents\": [{\"type\": \"ID_DOCUMENT\", "
        + "\"fileName\": \"id.pdf\", " + firstDocument + "},");
    return Stream.of(
        Arguments.of("malformed JSON", "application/json", "{\"policyNumber\": \"P-MED-2026-000001\",", 400,
            "invalid-request", "not well-formed JSON"),
        Arguments.of("an unknown field", "application/json", example.replace("\"channel\": \"APP\",",
            "\"channel\": \"APP\", \"priority\": \"HIGH\","), 400, "invalid-request", "priority"),
        Arguments.of("a wrong type", "application/json", example.replace("12800.00", "\"twelve thousand\""), 400,
            "invalid-request", "claimedAmount"),
        Arguments.of("a wrong date", "application/json", example.replace("2026-11-18", "18.11.2026"), 400,
            "invalid-request", "a date like 2026-11-18"),
        Arguments.of("a missing field", "application/json", example.replace("\"productLine\": \"MEDICAL\",", ""), 400,
            "invalid-request", "productLine"),
        Arguments.of("a document that is not Base64", "application/json",
            example.replace(firstDocument, "\"contentBase64\": \"not base64 at all!\""), 400, "invalid-request",
            "documents[0].contentBase64"),
        Arguments.of("an unknown policy", "application/json", example.replace("P-MED-2026-000001", "P-MED-2026-999999"),
            422, "unknown-policy", "P-MED-2026-999999"),
        Arguments.of("a product line not the policy's", "application/json",
            example.replace("\"productLine\": \"MEDICAL\"", "\"productLine\": \"AUTO\""), 422, "product-line-mismatch",
            "productLine"),
        Arguments.of("a document that is not PDF, JPEG or PNG", "application/json",
            example.replace(firstDocument, "\"contentBase64\": \"" + notAPdf + "\""), 415,
            "unsupported-document-type", "PDF, JPEG or PNG"),
        Arguments.of("a document over 10 MB", "application/json", example.replace(firstDocument,
            "\"contentBase64\": \"" + Base64.getEncoder().encodeToString(tooLarge) + "\""), 413, "document-too-large",
            "10 MB"),
        Arguments.of("the same file twice", "application/json", twoSameFiles, 409, "duplicate-document",
            "already received"),
        Arguments.of("a body that is not JSON", "text/plain", example, 415, "unsupported-media-type",
            "application/json"),
        Arguments.of("a JSON body over the limit", "application/json", overTheJsonLimit(example), 413,
            "request-too-large", "upload them one by one"));
  }

  /** The submission with a loss description that takes it just over the test profile's 16 MB. */
  private static String overTheJsonLimit(String submission) {
    String description = "\"description\": \"";
    return submission.replace(description, description + "很".repeat(JSON_LIMIT / 3 + 1));
  }

  @ParameterizedTest(name = "{0} → {3}")
  @MethodSource("refusedSubmissions")
  void aRefusedSubmissionIsAProblemDetailAndLeavesNoTrace(String what, String contentType, String body, int status,
      String problemType, String mentioned) {
    Traces before = traces();

    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/api/claims")))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)), "Authorization", CHANNEL);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).as(response.headers().map().toString()).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = read(response);
    assertThat(problem.get("type").asText()).startsWith("https://claims.insure.cn/problems/").endsWith(problemType);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(response.body()).contains(mentioned);
    assertThat(traces()).as("rows, process instances and queued notices after " + what).isEqualTo(before);
  }

  @Test
  void aJsonBodySentWithoutALengthIsCutOffAtTheLimitAnd413() throws Exception {
    Traces before = traces();
    byte[] body = overTheJsonLimit(Files.readString(EXAMPLE)).getBytes(StandardCharsets.UTF_8);

    // ofInputStream has no known length: the body goes chunked, the filter counts what is read.
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/api/claims")))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))),
        "Authorization", CHANNEL);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    assertThat(read(response).get("type").asText()).endsWith("request-too-large");
    assertThat(traces()).isEqualTo(before);
  }

  // --- GET /api/claims?status=&policyNumber=&page= -----------------------------------------------------

  @Test
  void claimsAreListedByPolicyAndStatusAPageAtATime() throws Exception {
    String policy = "P-MED-2026-000003";
    for (int i = 0; i < 3; i++) {
      assertThat(postClaim(example().replace("P-MED-2026-000001", policy), null).statusCode()).isEqualTo(201);
    }
    long awaiting = jdbc.queryForObject("SELECT COUNT(*) FROM claim WHERE policy_number = ? AND status = "
        + "'AWAITING_DOCUMENTS'", Long.class, policy);

    JsonNode first = read(http.get("/api/claims?policyNumber=" + policy + "&status=AWAITING_DOCUMENTS&size=2",
        "Authorization", CHANNEL));
    JsonNode last = read(http.get("/api/claims?policyNumber=" + policy + "&status=AWAITING_DOCUMENTS&size=2&page="
        + (awaiting - 1) / 2, "Authorization", CHANNEL));

    assertThat(first.get("totalItems").asLong()).isEqualTo(awaiting).isGreaterThanOrEqualTo(3);
    assertThat(first.get("totalPages").asLong()).isEqualTo((awaiting + 1) / 2);
    assertThat(first.get("items")).hasSize(2).allSatisfy(claim -> {
      assertThat(claim.get("policyNumber").asText()).isEqualTo(policy);
      assertThat(claim.get("status").asText()).isEqualTo("AWAITING_DOCUMENTS");
      assertThat(claim.at("/claimant/phone").asText()).isEqualTo("138****8000");
    });
    assertThat(first.get("items").get(0).get("claimNumber").asText())
        .as("newest first").isGreaterThan(first.get("items").get(1).get("claimNumber").asText());
    assertThat(last.get("items")).hasSize((int) (awaiting % 2 == 0 ? 2 : 1));
    assertThat(read(http.get("/api/claims?policyNumber=" + policy + "&page=99", "Authorization", CHANNEL))
        .get("items")).isEmpty();
    assertThat(read(http.get("/api/claims?policyNumber=P-MED-2026-000002&status=ARCHIVED", "Authorization", CHANNEL))
        .get("totalItems").asLong()).isZero();
  }

  @Test
  void badListParametersAreNamedWithWhatIsExpected() {
    HttpResponse<String> status = http.get("/api/claims?status=LOST", "Authorization", CHANNEL);
    HttpResponse<String> page = http.get("/api/claims?page=-1", "Authorization", CHANNEL);
    HttpResponse<String> size = http.get("/api/claims?size=101", "Authorization", CHANNEL);
    HttpResponse<String> notANumber = http.get("/api/claims?page=first", "Authorization", CHANNEL);

    assertThat(List.of(status, page, size, notANumber)).allSatisfy(response -> {
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
    });
    assertThat(read(status).at("/errors/0/field").asText()).isEqualTo("status");
    assertThat(status.body()).contains("AWAITING_DOCUMENTS");
    assertThat(read(page).at("/errors/0/field").asText()).isEqualTo("page");
    assertThat(read(size).at("/errors/0/message").asText()).isEqualTo("must be between 1 and 100");
    assertThat(read(notANumber).at("/errors/0/message").asText()).contains("a number");
  }

  // --- documents -------------------------------------------------------------------------------------

  @Test
  void anUploadOverTheLimitIs413AndStoresNothing() throws Exception {
    String claimNumber = submitted();
    byte[] tooLarge = Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), TEN_MB + 64 * 1024);
    long documents = documentsOf(claimNumber);

    HttpResponse<String> response = ClaimApiTest.upload(http, port, claimNumber, "MEDICAL_INVOICE", "invoice.pdf",
        tooLarge);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(read(response).at("/errors/0/field").asText()).isEqualTo("file");
    assertThat(response.body()).contains("10 MB");
    assertThat(documentsOf(claimNumber)).isEqualTo(documents);
  }

  @Test
  void aDocumentOfExactlyTheLimitIsAccepted() throws Exception {
    String claimNumber = submitted();
    byte[] atTheLimit = Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), TEN_MB);

    HttpResponse<String> response = ClaimApiTest.upload(http, port, claimNumber, "MEDICAL_RECORD", "record.pdf",
        atTheLimit);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(read(response).get("sizeBytes").asLong()).isEqualTo(TEN_MB);
  }

  @Test
  void uploadRefusalsNameTheProblem() throws Exception {
    String claimNumber = submitted();
    byte[] invoice = ClaimFixtures.pdfBytes("医疗费用发票");
    assertThat(ClaimApiTest.upload(http, port, claimNumber, "MEDICAL_INVOICE", "invoice.pdf", invoice).statusCode())
        .isEqualTo(201);

    HttpResponse<String> duplicate = ClaimApiTest.upload(http, port, claimNumber, "EXPENSE_LIST", "copy.pdf", invoice);
    HttpResponse<String> unknownClaim = ClaimApiTest.upload(http, port, "CLM-20260101-999999", "MEDICAL_INVOICE",
        "invoice.pdf", ClaimFixtures.pdfBytes("x"));
    HttpResponse<String> empty = ClaimApiTest.upload(http, port, claimNumber, "MEDICAL_INVOICE", "empty.pdf",
        new byte[0]);
    HttpResponse<String> noType = multipart(claimNumber, Map.of("file", ClaimFixtures.pdfBytes("no type")));
    HttpResponse<String> noFile = multipart(claimNumber, Map.of("type", "MEDICAL_INVOICE".getBytes()));

    assertThat(duplicate.statusCode()).isEqualTo(409);
    assertThat(duplicate.body()).contains("duplicate-document").contains("invoice.pdf");
    assertThat(unknownClaim.statusCode()).isEqualTo(404);
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(read(empty).at("/errors/0/field").asText()).isEqualTo("file");
    assertThat(noType.statusCode()).isEqualTo(400);
    assertThat(read(noType).at("/errors/0/field").asText()).isEqualTo("type");
    assertThat(noFile.statusCode()).isEqualTo(400);
    assertThat(read(noFile).at("/errors/0/field").asText()).isEqualTo("file");
    assertThat(documentsOf(claimNumber)).isEqualTo(2);
  }

  @Test
  void aDocumentIsDownloadedAsReceivedAndAnUnknownOneIs404() throws Exception {
    String claimNumber = submitted();
    JsonNode document = read(http.get("/api/claims/" + claimNumber, "Authorization", CHANNEL)).get("documents").get(0);

    HttpResponse<byte[]> download = http.sendForBytes(HttpRequest.newBuilder(URI.create(url(document.get("href")
        .asText()))).GET(), "Authorization", CHANNEL);
    HttpResponse<String> unknown = http.get("/api/claims/" + claimNumber + "/documents/" + UUID.randomUUID(),
        "Authorization", CHANNEL);

    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(ClaimDocuments.sha256(download.body())).isEqualTo(document.get("sha256").asText());
    assertThat(download.headers().firstValue("X-Content-SHA256")).hasValue(document.get("sha256").asText());
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("unknown-document");
  }

  // --- POST /api/claims/{n}/dispute --------------------------------------------------------------------

  @Test
  void aDecisionIsDisputedOnceThroughTheApi() throws Exception {
    String claimNumber = claimService.submit(ClaimFixtures.medicalClaimWithAllDocuments(), null, "channel").claim()
        .claimNumber();
    Task firstReview = taskService.createTaskQuery().processInstanceBusinessKey(claimNumber)
        .taskDefinitionKey("firstReview").singleResult();
    taskService.claim(firstReview.getId(), "zhangwei");
    taskService.complete(firstReview.getId(), Map.of("liability", "NOT_COVERED", "assessedAmount", 0,
        "fraudSuspected", false, "reviewComment", "等待期内出险，依据条款第五条不予赔付"));
    String path = "/api/claims/" + claimNumber + "/dispute";

    HttpResponse<String> noReason = http.postJson(path, "{\"reason\":\" \"}", "Authorization", CHANNEL);
    HttpResponse<String> accepted = http.postJson(path, "{\"reason\":\"发病时已过等待期\"}", "Authorization", CHANNEL);
    HttpResponse<String> again = http.postJson(path, "{\"reason\":\"再次申请\"}", "Authorization", CHANNEL);
    HttpResponse<String> unknown = http.postJson("/api/claims/CLM-20260101-999999/dispute", "{\"reason\":\"x\"}",
        "Authorization", CHANNEL);

    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(read(noReason).at("/errors/0/field").asText()).isEqualTo("reason");
    assertThat(accepted.statusCode()).isEqualTo(202);
    assertThat(read(accepted).at("/stage/zh").asText()).isEqualTo("复议中");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("already-disputed");
    assertThat(unknown.statusCode()).isEqualTo(404);
  }

  // --- the API description ---------------------------------------------------------------------------

  @Test
  void theOpenApiDescriptionIsPublicAndDescribesEveryEndpointWithExamples() throws Exception {
    HttpResponse<String> response = new Http(port).get("/v3/api-docs");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode api = read(response);
    assertThat(api.get("paths").properties()).extracting(Map.Entry::getKey).contains("/api/claims",
        "/api/claims/{claimNumber}", "/api/claims/{claimNumber}/documents",
        "/api/claims/{claimNumber}/documents/{documentId}", "/api/claims/{claimNumber}/dispute",
        "/api/claims/{claimNumber}/archive/verify", "/api/policies");
    JsonNode submit = api.at("/paths/~1api~1claims/post");
    assertThat(submit.get("responses").properties()).extracting(Map.Entry::getKey).contains("201", "200", "400",
        "401", "403", "413", "415", "422");
    assertThat(submit.at("/responses/422/content/application~1problem+json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/Problem");
    assertThat(api.at("/components/examples/hospitalisationClaim/value/policyNumber").asText())
        .isEqualTo("P-MED-2026-000001");
    assertThat(api.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
    assertThat(new Http(port).get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
  }

  // --- helpers ---------------------------------------------------------------------------------------

  /** What a refused request must not leave behind. */
  record Traces(long claims, long documents, long events, long notices, long outbox, long processInstances) {
  }

  private Traces traces() {
    return new Traces(count("claim"), count("claim_document"), count("claim_event"), count("claim_notice"),
        count("notification_outbox"), runtimeService.createProcessInstanceQuery().count());
  }

  private long count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }

  private long documentsOf(String claimNumber) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM claim_document WHERE claim_number = ?", Long.class, claimNumber);
  }

  private String submitted() throws Exception {
    HttpResponse<String> response = postClaim(example(), null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return read(response).get("claimNumber").asText();
  }

  private static String example() throws Exception {
    return Files.readString(EXAMPLE);
  }

  private HttpResponse<String> postClaim(String json, String idempotencyKey) {
    return idempotencyKey == null ? http.postJson("/api/claims", json, "Authorization", CHANNEL)
        : http.postJson("/api/claims", json, "Authorization", CHANNEL, "Idempotency-Key", idempotencyKey);
  }

  private HttpResponse<String> multipart(String claimNumber, Map<String, byte[]> parts) {
    String boundary = "----claims" + System.nanoTime();
    List<byte[]> chunks = new ArrayList<>();
    parts.forEach((name, content) -> {
      chunks.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
          + (name.equals("file") ? "; filename=\"document.pdf\"\r\nContent-Type: application/pdf" : "") + "\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      chunks.add(content);
      chunks.add("\r\n".getBytes(StandardCharsets.UTF_8));
    });
    chunks.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(HttpRequest.newBuilder(URI.create(url("/api/claims/" + claimNumber + "/documents")))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArrays(chunks)), "Authorization", CHANNEL);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private JsonNode read(HttpResponse<String> response) {
    try {
      return objectMapper.readTree(response.body());
    } catch (Exception e) {
      throw new IllegalStateException("Not JSON: " + response.body(), e);
    }
  }
}
