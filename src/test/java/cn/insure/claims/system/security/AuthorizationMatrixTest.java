package cn.insure.claims.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.claim.ClaimFixtures;
import cn.insure.claims.complaint.ComplaintFixtures;
import cn.insure.claims.consultation.ConsultationFixtures;
import cn.insure.claims.support.Http;

/**
 * The authorization matrix: every demo user (every group, both channel accounts) and an anonymous
 * caller against every endpoint of the application API, the engine REST API and the webapps' logins.
 * The expected outcome of each cell comes from the one table the README shows (between the
 * {@code authorization-matrix} markers): ✓ allowed (any answer but 401/403, never a 5xx; on a case the
 * caller's channel submitted or staff may see, never 404), 403 refused, 401 not logged in, 404 hidden
 * (another channel's case answers like an unknown one), ✗ login refused. Every mismatch is listed.
 */
@ClaimsSpringBootTest
class AuthorizationMatrixTest {

  static final String START = "<!-- authorization-matrix -->";
  static final String END = "<!-- /authorization-matrix -->";

  @LocalServerPort int port;
  @Autowired ObjectMapper objectMapper;
  @Autowired JdbcTemplate jdbc;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

  Http http;
  String claim;
  String document;
  String complaint;
  String consultation;

  @BeforeEach
  void casesOfTheWebChannel() throws Exception {
    http = new Http(port);
    String channel = Http.basic("channel", "channel");
    claim = number(http.postJson("/api/claims", json(ClaimFixtures.medicalClaimWithAllDocuments()), "Authorization",
        channel), "claimNumber");
    document = jdbc.queryForObject("select min(document_id) from claim_document where claim_number = ?", String.class,
        claim);
    complaint = number(http.postJson("/api/complaints", json(ComplaintFixtures.serviceComplaint()), "Authorization",
        channel), "complaintNumber");
    consultation = number(http.postJson("/api/consultations", json(ConsultationFixtures.coverageQuestion()),
        "Authorization", channel), "consultationNumber");
  }

  @Test
  void everyUserGetsWhatTheReadmeTableSaysOnEveryEndpoint() throws Exception {
    List<List<String>> table = readmeTable();
    List<String> users = table.get(0).subList(1, table.get(0).size());
    Map<String, BiFunction<Http, String, HttpResponse<String>>> requests = requests();
    List<String> mismatches = new ArrayList<>();
    for (List<String> row : table.subList(1, table.size())) {
      String key = row.get(0).replace("`", "");
      assertThat(requests).as("the test knows how to send " + key).containsKey(key);
      for (int i = 0; i < users.size(); i++) {
        String user = users.get(i);
        String expected = row.get(i + 1);
        if (expected.equals("–")) {
          continue;
        }
        HttpResponse<String> response = requests.get(key).apply(new Http(port),
            user.equals("anonymous") ? null : Http.basic(user, user));
        String verdict = verdict(key, expected, response.statusCode());
        if (verdict != null) {
          mismatches.add(key + " as " + user + ": expected " + expected + ", got " + response.statusCode() + " "
              + verdict + " " + abbreviate(response.body()));
        }
      }
    }
    assertThat(mismatches).as("cells of the README's authorization matrix that do not hold").isEmpty();
  }

  @Test
  void theTableCoversEveryEndpointOfTheApplicationApi() throws Exception {
    Set<String> inTable = new TreeSet<>();
    for (List<String> row : readmeTable().subList(1, readmeTable().size())) {
      inTable.add(row.get(0).replace("`", "").replaceAll("\\{[^}]*}", "{}"));
    }
    Set<String> endpoints = new TreeSet<>();
    mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
        .filter(path -> path.startsWith("/api/")).forEach(path -> info.getMethodsCondition().getMethods()
            .forEach(method -> endpoints.add(method + " " + path.replaceAll("\\{[^}]*}", "{}")))));
    assertThat(endpoints).isNotEmpty();
    assertThat(inTable).containsAll(endpoints);
  }

  private String verdict(String key, String expected, int status) {
    if (status >= 500) {
      return "(a server error)";
    }
    boolean login = key.endsWith("login");
    return switch (expected) {
      case "✓" -> login ? (status == 200 ? null : "(login refused)")
          : status == 401 || status == 403 ? "(refused)"
          : status == 404 && key.matches(".*\\{(claim|complaint|consultation)}.*") ? "(hidden)" : null;
      case "✗" -> status == 401 || status == 403 ? null : "(login accepted)";
      default -> String.valueOf(status).equals(expected) ? null : "";
    };
  }

  /** How each row of the table is sent; the caller's Authorization header (null: none). */
  private Map<String, BiFunction<Http, String, HttpResponse<String>>> requests() throws Exception {
    Map<String, BiFunction<Http, String, HttpResponse<String>>> r = new LinkedHashMap<>();
    String claimJson = json(ClaimFixtures.medicalClaimWithAllDocuments());
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    String catastrophe = """
        { "name": "授权矩阵测试 石河子暴雨", "grade": "SIGNIFICANT", "regionCodes": ["659001"], "perils": ["RAINSTORM"],
          "lossFrom": "%s", "lossTo": "%s" }""".formatted(today.minusDays(1), today.plusDays(1));
    r.put("POST /api/claims", (h, auth) -> post(h, "/api/claims", claimJson, auth));
    r.put("GET /api/claims", (h, auth) -> get(h, "/api/claims?size=5", auth));
    r.put("GET /api/claims/{claim}", (h, auth) -> get(h, "/api/claims/" + claim, auth));
    r.put("POST /api/claims/{claim}/documents", (h, auth) -> upload(h, auth));
    r.put("GET /api/claims/{claim}/documents/{document}",
        (h, auth) -> get(h, "/api/claims/" + claim + "/documents/" + document, auth));
    r.put("POST /api/claims/{claim}/dispute",
        (h, auth) -> post(h, "/api/claims/" + claim + "/dispute", "{\"reason\":\"金额太低\"}", auth));
    r.put("GET /api/claims/{claim}/archive/verify", (h, auth) -> get(h, "/api/claims/" + claim + "/archive/verify",
        auth));
    r.put("POST /api/claims/bulk", (h, auth) -> send(h, HttpRequest.newBuilder(uri("/api/claims/bulk"))
        .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString("externalReference,policyNumber\n")),
        auth));
    r.put("GET /api/policies/{policy}", (h, auth) -> get(h, "/api/policies/P-MED-2026-000001", auth));
    r.put("GET /api/policies", (h, auth) -> get(h, "/api/policies?size=5", auth));
    r.put("POST /api/catastrophes", (h, auth) -> post(h, "/api/catastrophes", catastrophe, auth));
    r.put("GET /api/catastrophes", (h, auth) -> get(h, "/api/catastrophes", auth));
    r.put("GET /api/catastrophes/{unknown}", (h, auth) -> get(h, "/api/catastrophes/CAT-20200101-999999", auth));
    r.put("POST /api/catastrophes/{unknown}/close",
        (h, auth) -> post(h, "/api/catastrophes/CAT-20200101-999999/close", "{}", auth));
    r.put("POST /api/complaints", (h, auth) -> post(h, "/api/complaints", json(ComplaintFixtures.serviceComplaint()),
        auth));
    r.put("GET /api/complaints/{complaint}", (h, auth) -> get(h, "/api/complaints/" + complaint, auth));
    r.put("POST /api/complaints/{complaint}/feedback",
        (h, auth) -> post(h, "/api/complaints/" + complaint + "/feedback", "{\"satisfied\":true}", auth));
    r.put("POST /api/consultations", (h, auth) -> post(h, "/api/consultations",
        json(ConsultationFixtures.coverageQuestion()), auth));
    r.put("GET /api/consultations/{consultation}", (h, auth) -> get(h, "/api/consultations/" + consultation, auth));
    r.put("GET /api/reports/service-quality", (h, auth) -> get(h, "/api/reports/service-quality?period=2026-11", auth));
    r.put("GET /api/reports/regulatory", (h, auth) -> get(h, "/api/reports/regulatory?period=2026-11", auth));
    r.put("GET /api/reports/staff-appraisal", (h, auth) -> get(h, "/api/reports/staff-appraisal?period=2026-11", auth));
    r.put("GET /api/reports/quality-evaluations", (h, auth) -> get(h, "/api/reports/quality-evaluations", auth));
    r.put("POST /api/reports/quality-evaluations", (h, auth) -> send(h, HttpRequest.newBuilder(
        uri("/api/reports/quality-evaluations")).POST(HttpRequest.BodyPublishers.noBody()), auth));
    r.put("GET /api/audit/personal-data-reads", (h, auth) -> get(h, "/api/audit/personal-data-reads", auth));
    r.put("GET /engine-rest/engine", (h, auth) -> get(h, "/engine-rest/engine", auth));
    r.put("Tasklist login", (h, auth) -> login(h, "tasklist", auth));
    r.put("Cockpit login", (h, auth) -> login(h, "cockpit", auth));
    r.put("Admin login", (h, auth) -> login(h, "admin", auth));
    return r;
  }

  private HttpResponse<String> get(Http h, String path, String auth) {
    return auth == null ? h.get(path) : h.get(path, "Authorization", auth);
  }

  private HttpResponse<String> post(Http h, String path, String json, String auth) {
    return auth == null ? h.postJson(path, json) : h.postJson(path, json, "Authorization", auth);
  }

  private HttpResponse<String> send(Http h, HttpRequest.Builder request, String auth) {
    return auth == null ? h.send(request) : h.send(request, "Authorization", auth);
  }

  private HttpResponse<String> login(Http h, String app, String auth) {
    String user = new String(java.util.Base64.getDecoder().decode(auth.substring("Basic ".length())),
        StandardCharsets.UTF_8).split(":", 2)[0];
    return h.webappLogin(app, user, user);
  }

  private HttpResponse<String> upload(Http h, String auth) {
    String boundary = "----matrix" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nINVOICE\r\n--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"invoice.pdf\"\r\nContent-Type: application/pdf"
        + "\r\n\r\n%PDF-1.4 matrix " + System.nanoTime() + "\r\n--" + boundary + "--\r\n";
    return send(h, HttpRequest.newBuilder(uri("/api/claims/" + claim + "/documents"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body)), auth);
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** The README's table: header row of user names, then one row per request. */
  static List<List<String>> readmeTable() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertThat(start).as("README has the authorization matrix between its markers").isNotNegative();
    List<List<String>> rows = new ArrayList<>();
    for (String line : readme.substring(start + START.length(), end).strip().split("\n")) {
      if (!line.startsWith("|") || line.startsWith("|---")) {
        continue;
      }
      rows.add(Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|")).map(String::strip).toList());
    }
    return rows;
  }

  private String number(HttpResponse<String> response, String field) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return objectMapper.readTree(response.body()).get(field).asText();
  }

  private String json(Object value) {
    try {
      return objectMapper.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String abbreviate(String body) {
    return body == null ? "" : body.length() > 160 ? body.substring(0, 160) + "…" : body;
  }
}
