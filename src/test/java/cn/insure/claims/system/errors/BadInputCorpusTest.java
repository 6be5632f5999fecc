package cn.insure.claims.system.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.claim.ClaimFixtures;
import cn.insure.claims.claim.ClaimService;
import cn.insure.claims.complaint.ComplaintFixtures;
import cn.insure.claims.complaint.ComplaintService;
import cn.insure.claims.consultation.ConsultationFixtures;
import cn.insure.claims.consultation.ConsultationService;
import cn.insure.claims.support.Http;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input/corpus.txt}): every line is one hostile
 * or careless request against the application API or the engine's task and start calls, with the
 * status it must get and the field (or words) its answer must name. Each is answered with a
 * problem detail (the engine's own error shape on engine REST), never a 500, and leaves every table
 * of the database exactly as it was: no claim, complaint, consultation, document, notice, process
 * instance, task change or variable. Adding a case is adding one line; the file's head explains the
 * columns.
 */
@ClaimsSpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusTest {

  static final Path CORPUS = Path.of("src/test/resources/bad-input/corpus.txt");
  static final Path CLAIM_EXAMPLE = Path.of("src/main/resources/openapi/claim-submission.example.json");

  /**
   * Tables whose rows a refused request may legitimately add: failed logins are counted to slow an
   * attacker down (the throttle), and nothing else.
   */
  static final List<String> MAY_CHANGE = List.of("login_failure");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper objectMapper;
  @Autowired TaskService taskService;
  @Autowired ClaimService claimService;
  @Autowired ComplaintService complaintService;
  @Autowired ConsultationService consultationService;

  final Map<String, String> placeholders = new LinkedHashMap<>();
  final Map<String, Http> tasklistSessions = new LinkedHashMap<>();

  record Case(int line, String caller, String method, String path, String headers, String body, int status,
      String names, String why) {
    @Override
    public String toString() {
      return "line " + line + ": " + why + " (" + method + " " + path + " → " + status + ")";
    }
  }

  /** A claim at first review held by zhangwei, its documents, a complaint and a consultation, all from channel. */
  @BeforeAll
  void casesToAimAt() {
    String claim = claimService.submit(ClaimFixtures.medicalClaimWithAllDocuments(), null, "channel").claim()
        .claimNumber();
    placeholders.put("{claim}", claim);
    placeholders.put("{document}", jdbc.queryForObject(
        "SELECT MIN(document_id) FROM claim_document WHERE claim_number = ?", String.class, claim));
    String firstReview = taskService.createTaskQuery().processInstanceBusinessKey(claim)
        .taskDefinitionKey("firstReview").singleResult().getId();
    taskService.claim(firstReview, "zhangwei");
    placeholders.put("{task:firstReview}", firstReview);
    placeholders.put("{complaint}", complaintService.submit(ComplaintFixtures.serviceComplaint(), null, "channel")
        .complaint().complaintNumber());
    placeholders.put("{consultation}", consultationService.submit(ConsultationFixtures.coverageQuestion(), null,
        "channel").result().consultationNumber());
  }

  static Stream<Case> corpus() throws IOException {
    List<Case> cases = new ArrayList<>();
    List<String> lines = Files.readAllLines(CORPUS, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("(?<!\\\\)\\|", -1);
      if (cells.length != 6) {
        throw new IllegalStateException(CORPUS + " line " + (i + 1) + " has " + cells.length + " cells, not 6");
      }
      String[] request = cells[1].trim().split(" ", 2);
      String[] target = request[1].split(" with ", 2);
      cases.add(new Case(i + 1, cells[0].trim(), request[0], target[0].trim(), target.length > 1 ? target[1] : "",
          cells[2].trim().replace("\\|", "|"), Integer.parseInt(cells[3].trim()), cells[4].trim(), cells[5].trim()));
    }
    return cases.stream();
  }

  @Test
  void theCorpusCoversEveryKindOfInputWithAtLeast150Cases() throws IOException {
    List<Case> cases = corpus().toList();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
    assertThat(cases).extracting(c -> c.body().split(":", 2)[0])
        .contains("claim", "complaint", "consultation", "catastrophe", "json", "text", "csv", "ndjson", "multipart",
            "-");
    assertThat(cases).anyMatch(c -> c.path().startsWith("/engine-rest/task/"))
        .anyMatch(c -> c.path().startsWith("/engine-rest/process-definition/"))
        .anyMatch(c -> c.path().contains("?")).anyMatch(c -> !c.headers().isBlank())
        .anyMatch(c -> c.caller().startsWith("tasklist:"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void aBadRequestIsRefusedClearlyAndLeavesNoTrace(Case bad) {
    Map<String, Long> before = traces();

    HttpResponse<String> response = send(bad);

    assertThat(response.statusCode()).as("%s%nanswer: %s", bad, abbreviated(response.body())).isEqualTo(bad.status());
    boolean problemJson = response.headers().firstValue("Content-Type").orElse("")
        .startsWith("application/problem+json");
    if (bad.status() == 200 && bad.path().startsWith("/api/claims/bulk")) {
      assertEveryRowRejected(bad, response);
    } else if (bad.path().startsWith("/engine-rest/") && !problemJson) {
      assertEngineRefusal(bad, response);
    } else {
      assertProblemDetail(bad, response);
    }
    assertThat(traces()).as("every table after %s", bad).isEqualTo(before);
  }

  private void assertProblemDetail(Case bad, HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Type")).as("%s: %s", bad, response.headers().map())
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = read(response);
    assertThat(problem.path("type").asText()).as("type of %s", bad).startsWith("https://claims.insure.cn/problems/");
    assertThat(problem.path("status").asInt()).as("status of %s", bad).isEqualTo(bad.status());
    assertThat(problem.path("title").asText()).as("title of %s", bad).isNotBlank();
    assertThat(problem.path("detail").asText()).as("detail of %s", bad).isNotBlank();
    if (bad.names().equals("-")) {
      return;
    }
    List<String> fields = new ArrayList<>();
    problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
    if (!fields.isEmpty()) {
      assertThat(fields).as("fields named by %s: %s", bad, abbreviated(response.body())).contains(bad.names());
    } else {
      assertThat(problem.path("detail").asText()).as("detail of %s", bad).contains(bad.names());
    }
  }

  /** Bulk intake answers row by row: a file whose every row is bad imports nothing and names each row's field. */
  private void assertEveryRowRejected(Case bad, HttpResponse<String> response) {
    JsonNode result = read(response);
    assertThat(result.path("imported").asInt()).as("imported by %s", bad).isZero();
    assertThat(result.path("rejected").asInt()).as("rejected by %s", bad).isPositive();
    List<String> fields = new ArrayList<>();
    result.path("rows").forEach(row -> row.path("errors").forEach(error -> fields.add(error.path("field").asText())));
    assertThat(fields).as("fields named by %s: %s", bad, abbreviated(response.body())).contains(bad.names());
  }

  /** Engine REST answers in its own shape: {@code type} and {@code message}, which names the field. */
  private void assertEngineRefusal(Case bad, HttpResponse<String> response) {
    if (bad.status() == 401) {
      return;
    }
    JsonNode error = read(response);
    String message = error.path("message").asText();
    assertThat(message).as("message of %s: %s", bad, abbreviated(response.body())).isNotBlank();
    assertThat(message).as("message of %s", bad).doesNotContain("Exception:", "\tat ");
    if (!bad.names().equals("-")) {
      assertThat(message).as("message of %s", bad).contains(bad.names());
    }
  }

  // --- sending ------------------------------------------------------------------------------------

  private HttpResponse<String> send(Case bad) {
    String path = expand(bad.path());
    Http http;
    List<String> headers = new ArrayList<>();
    if (bad.caller().startsWith("tasklist:")) {
      http = tasklistSession(bad.caller().substring("tasklist:".length()));
      path = "/camunda/api/engine/engine/default" + path.substring("/engine-rest".length());
      headers.add("X-XSRF-TOKEN");
      headers.add(http.cookie("XSRF-TOKEN"));
    } else {
      http = new Http(port);
      if (!bad.caller().equals("anonymous")) {
        headers.add("Authorization");
        headers.add(Http.basic(bad.caller(), bad.caller()));
      }
    }
    Body body = body(bad.body());
    boolean contentTypeGiven = false;
    for (String header : bad.headers().isBlank() ? new String[0] : bad.headers().split(" ;; ")) {
      String[] nameAndValue = header.split(":", 2);
      headers.add(nameAndValue[0].trim());
      headers.add(expand(nameAndValue[1].trim()));
      contentTypeGiven |= nameAndValue[0].trim().equalsIgnoreCase("Content-Type");
    }
    if (body.contentType() != null && !contentTypeGiven) {
      headers.add("Content-Type");
      headers.add(body.contentType());
    }
    HttpRequest.BodyPublisher publisher = body.bytes() == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(body.bytes());
    return http.send(HttpRequest.newBuilder(URI.create(http.baseUrl() + path)).method(bad.method(), publisher),
        headers.toArray(String[]::new));
  }

  private Http tasklistSession(String user) {
    return tasklistSessions.computeIfAbsent(user, u -> {
      Http http = new Http(port);
      assertThat(http.webappLogin("tasklist", u, u).statusCode()).as("Tasklist login of " + u).isEqualTo(200);
      http.get("/camunda/api/engine/engine/default/task/count");
      return http;
    });
  }

  record Body(String contentType, byte[] bytes) {
  }

  /**
   * The body column: {@code -} (none); {@code claim:}, {@code complaint:}, {@code consultation:} or
   * {@code catastrophe:} followed by edits of a valid document ({@code /loss/date = "2099-01-01"},
   * {@code /payee -} to remove, edits separated by {@code ;;}); {@code json:}, {@code text:},
   * {@code csv:} or {@code ndjson:} followed by the body itself ({@code \n} a line break); or
   * {@code multipart: type=…, file=…, content=pdf|exe|empty|none}. In every value {@code ${x*n}}
   * is x repeated n times and {@code {claim}} etc. the cases aimed at.
   */
  private Body body(String spec) {
    if (spec.equals("-")) {
      return new Body(null, null);
    }
    String[] kindAndRest = spec.split(":", 2);
    String kind = kindAndRest[0].trim();
    String rest = kindAndRest.length > 1 ? kindAndRest[1].trim() : "";
    return switch (kind) {
      case "claim", "complaint", "consultation", "catastrophe", "firstReview", "claimIntake", "complaintIntake",
          "consultationIntake", "declareCatastrophe" -> new Body("application/json",
          utf8(edited(valid(kind), rest)));
      case "json" -> new Body("application/json", utf8(text(rest)));
      case "text" -> new Body("text/plain", utf8(text(rest)));
      case "csv" -> new Body("text/csv", utf8(text(rest)));
      case "ndjson" -> new Body("application/x-ndjson", utf8(text(rest)));
      case "multipart" -> multipart(rest);
      default -> throw new IllegalStateException("unknown body kind " + kind);
    };
  }

  private String text(String value) {
    return expand(value).replace("\\n", "\n");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private String valid(String kind) {
    try {
      return switch (kind) {
        case "claim" -> Files.readString(CLAIM_EXAMPLE);
        case "complaint" -> objectMapper.writeValueAsString(ComplaintFixtures.serviceComplaint());
        case "consultation" -> objectMapper.writeValueAsString(ConsultationFixtures.coverageQuestion());
        case "catastrophe" -> """
            {"name":"台风海燕","grade":"MAJOR","regionCodes":["440300"],"perils":["TYPHOON"],
             "lossFrom":"2026-09-01","lossTo":"2026-09-03"}""";
        case "firstReview" -> formVariables("""
            {"liability":"COVERED","assessedAmount":12800,"fraudSuspected":false,"reviewComment":"属于保险责任"}""");
        case "claimIntake" -> formVariables("""
            {"policyNumber":"P-MED-2026-000001","channel":"PHONE","productLine":"MEDICAL",
             "claimType":"HOSPITALISATION","claimantName":"王小明","claimantIdNumber":"110101199003078888",
             "claimantPhone":"13800138000","lossDate":"2026-11-18","lossPlace":"深圳市南山区人民医院",
             "regionCode":"440305","peril":"ILLNESS","claimedAmount":12800,"lossCause":"急性阑尾炎住院"}""");
        case "complaintIntake" -> formVariables("""
            {"channel":"PHONE","complainantName":"李女士","complainantPhone":"13900139000",
             "category":"SERVICE","subject":"客服电话无人接听","description":"连续三天拨打客服电话无人接听"}""");
        case "consultationIntake" -> formVariables("""
            {"channel":"PHONE","customerName":"赵先生","customerPhone":"13700137000","topic":"POLICY",
             "question":"我的保单是否包含门诊费用？"}""");
        case "declareCatastrophe" -> formVariables("""
            {"eventName":"台风海燕","grade":"MAJOR","regionCodes":"440300","lossFrom":"2026-09-01",
             "lossTo":"2026-09-03"}""");
        default -> throw new IllegalStateException(kind);
      };
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A task's or start form's submission as engine REST takes it: {@code {"variables":{"x":{"value":…}}}}. */
  private String formVariables(String fields) throws IOException {
    ObjectNode variables = objectMapper.createObjectNode();
    objectMapper.readTree(fields).fields().forEachRemaining(field -> variables.set(field.getKey(),
        objectMapper.createObjectNode().set("value", field.getValue())));
    return objectMapper.createObjectNode().set("variables", variables).toString();
  }

  private String edited(String json, String edits) {
    if (edits.isBlank()) {
      return json;
    }
    try {
      ObjectNode document = (ObjectNode) objectMapper.readTree(json);
      for (String edit : edits.split(" ;; ")) {
        String trimmed = edit.trim();
        boolean remove = trimmed.endsWith(" -");
        String[] pointerAndValue = remove ? new String[] {trimmed.substring(0, trimmed.length() - 2).trim()}
            : trimmed.split("=", 2);
        String pointer = pointerAndValue[0].trim();
        int last = pointer.lastIndexOf('/');
        JsonNode parent = pointer.substring(0, last).isEmpty() ? document : document.at(pointer.substring(0, last));
        String name = pointer.substring(last + 1);
        if (parent.isMissingNode() && pointer.startsWith("/variables/") && pointer.endsWith("/value")) {
          // A variable the form does not have: added as a hostile client would.
          parent = ((ObjectNode) document.get("variables")).putObject(pointer.split("/")[2]);
        }
        if (remove) {
          ((ObjectNode) parent).remove(name);
          continue;
        }
        JsonNode value = objectMapper.readTree(expand(pointerAndValue[1].trim()));
        if (parent instanceof ArrayNode array) {
          array.set(Integer.parseInt(name), value);
        } else {
          ((ObjectNode) parent).set(name, value);
        }
      }
      // Escaped as \\uXXXX, so that what an edit puts in (half a surrogate pair) reaches the server as it is.
      return objectMapper.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(document);
    } catch (IOException e) {
      throw new IllegalStateException("edits " + edits, e);
    }
  }

  private Body multipart(String spec) {
    Map<String, String> parts = new LinkedHashMap<>();
    for (String part : spec.split(",")) {
      String[] nameAndValue = part.split("=", 2);
      parts.put(nameAndValue[0].trim(), expand(nameAndValue[1].trim()));
    }
    String boundary = "corpus-boundary-7d1f";
    StringBuilder head = new StringBuilder();
    if (parts.containsKey("type")) {
      head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n")
          .append(parts.get("type")).append("\r\n");
    }
    byte[] content = switch (parts.getOrDefault("content", "pdf")) {
      case "pdf" -> ClaimFixtures.pdfBytes("corpus " + System.nanoTime());
      case "exe" -> "MZ\u0090 executable".getBytes(StandardCharsets.ISO_8859_1);
      case "empty" -> new byte[0];
      case "none" -> null;
      default -> throw new IllegalStateException("content " + parts.get("content"));
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8(head.toString()));
    if (content != null) {
      out.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
          + parts.getOrDefault("file", "invoice.pdf") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
      out.writeBytes(content);
      out.writeBytes(utf8("\r\n"));
    }
    out.writeBytes(utf8("--" + boundary + "--\r\n"));
    return new Body("multipart/form-data; boundary=" + boundary, out.toByteArray());
  }

  private static final Pattern REPEAT = Pattern.compile("\\$\\{(.+?)\\*(\\d+)}");

  private String expand(String value) {
    Matcher matcher = REPEAT.matcher(value);
    StringBuilder expanded = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(expanded, Matcher.quoteReplacement(matcher.group(1)
          .repeat(Integer.parseInt(matcher.group(2)))));
    }
    matcher.appendTail(expanded);
    return fill(expanded.toString());
  }

  private String fill(String text) {
    String filled = text;
    for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
      filled = filled.replace(placeholder.getKey(), placeholder.getValue());
    }
    return filled;
  }

  // --- what a request may not leave behind ---------------------------------------------------------

  /** Rows of every table, and the revisions of the engine's runtime rows (an update changes them). */
  private Map<String, Long> traces() {
    Map<String, Long> traces = new LinkedHashMap<>();
    for (String table : jdbc.queryForList("SELECT table_name FROM information_schema.tables "
        + "WHERE table_schema = CURRENT_SCHEMA AND table_type = 'BASE TABLE' ORDER BY table_name", String.class)) {
      if (MAY_CHANGE.contains(table.toLowerCase())) {
        continue;
      }
      traces.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM \"" + table + "\"", Long.class));
    }
    for (String table : List.of("ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_RU_EXECUTION", "ACT_RU_JOB")) {
      traces.put(table + ".REV_", jdbc.queryForObject("SELECT COALESCE(SUM(REV_), 0) FROM " + table, Long.class));
    }
    return traces;
  }

  private JsonNode read(HttpResponse<String> response) {
    try {
      return objectMapper.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + abbreviated(response.body()), e);
    }
  }

  private static String abbreviated(String text) {
    return text == null || text.length() < 600 ? text : text.substring(0, 600) + "…";
  }
}
