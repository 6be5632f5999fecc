package cn.insure.claims.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.claim.ClaimFixtures;
import cn.insure.claims.complaint.ComplaintFixtures;
import cn.insure.claims.consultation.ConsultationFixtures;
import cn.insure.claims.support.Http;

/**
 * A case belongs to the channel account that submitted it. Another channel (the WeChat channel here)
 * gets the same 404 as for a case that does not exist, on every endpoint, and changes nothing; staff
 * are unaffected.
 */
@ClaimsSpringBootTest
class ChannelsSeeOnlyTheirOwnCasesTest {

  static final String WEB = Http.basic("channel", "channel");
  static final String WECHAT = Http.basic("wechat", "wechat");
  static final String SPECIALIST = Http.basic("zhangwei", "zhangwei");
  static final String COMPLAINTS_OFFICER = Http.basic("zhaolei", "zhaolei");

  @LocalServerPort int port;
  @Autowired ObjectMapper objectMapper;
  @Autowired JdbcTemplate jdbc;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void anotherChannelCannotReadDocumentOrDisputeAClaimItDidNotSubmit() throws Exception {
    String claim = submitted("/api/claims", objectMapper.writeValueAsString(ClaimFixtures.medicalClaimWithAllDocuments()),
        "claimNumber", WEB);
    assertThat(upload(claim, "INVOICE", "invoice.pdf", "%PDF-1.4 mine".getBytes(StandardCharsets.UTF_8), WEB)
        .statusCode()).isBetween(200, 202);
    String documentId = jdbc.queryForObject("select min(document_id) from claim_document where claim_number = ?", String.class,
        claim);
    long documentsBefore = count("claim_document", "claim_number", claim);
    long eventsBefore = count("claim_event", "claim_number", claim);

    HttpResponse<String> read = http.get("/api/claims/" + claim, "Authorization", WECHAT);
    HttpResponse<String> unknown = http.get("/api/claims/CLM-20260101-999999", "Authorization", WECHAT);
    HttpResponse<String> download = http.get("/api/claims/" + claim + "/documents/" + documentId,
        "Authorization", WECHAT);
    HttpResponse<String> upload = upload(claim, "INVOICE", "invoice.pdf",
        "%PDF-1.4 not yours".getBytes(StandardCharsets.UTF_8), WECHAT);
    HttpResponse<String> dispute = http.postJson("/api/claims/" + claim + "/dispute", "{\"reason\":\"金额太低\"}",
        "Authorization", WECHAT);

    assertThat(read.statusCode()).isEqualTo(404);
    assertThat(problemType(read)).isEqualTo(problemType(unknown));
    assertThat(download.statusCode()).isEqualTo(404);
    assertThat(upload.statusCode()).isEqualTo(404);
    assertThat(dispute.statusCode()).isEqualTo(404);
    assertThat(count("claim_document", "claim_number", claim)).isEqualTo(documentsBefore);
    assertThat(count("claim_event", "claim_number", claim)).isEqualTo(eventsBefore);
    assertThat(http.get("/api/claims/" + claim, "Authorization", WEB).statusCode()).isEqualTo(200);
    assertThat(http.get("/api/claims/" + claim + "/documents/" + documentId, "Authorization", WEB).statusCode())
        .isEqualTo(200);
    assertThat(http.get("/api/claims/" + claim, "Authorization", SPECIALIST).statusCode()).isEqualTo(200);
  }

  @Test
  void aChannelsListHoldsOnlyItsOwnClaims() throws Exception {
    String web = submitted("/api/claims", objectMapper.writeValueAsString(ClaimFixtures.medicalClaimWithAllDocuments()),
        "claimNumber", WEB);
    String wechat = submitted("/api/claims",
        objectMapper.writeValueAsString(ClaimFixtures.medicalClaimWithAllDocuments()), "claimNumber", WECHAT);

    String wechatList = http.get("/api/claims?size=100", "Authorization", WECHAT).body();
    String staffList = http.get("/api/claims?size=100", "Authorization", SPECIALIST).body();

    assertThat(objectMapper.readTree(wechatList).get("items").findValuesAsText("claimNumber")).contains(wechat)
        .doesNotContain(web);
    long total = objectMapper.readTree(wechatList).get("totalItems").asLong();
    assertThat(total).isEqualTo(jdbc.queryForObject("select count(*) from claim where submitted_by = 'wechat'",
        Long.class));
    assertThat(objectMapper.readTree(staffList).get("totalItems").asLong()).isGreaterThan(total);
  }

  @Test
  void anotherChannelCannotReadOrAnswerAComplaintNorComplainAboutAClaimItDidNotSubmit() throws Exception {
    String complaint = submitted("/api/complaints",
        objectMapper.writeValueAsString(ComplaintFixtures.serviceComplaint()), "complaintNumber", WEB);
    String claim = submitted("/api/claims", objectMapper.writeValueAsString(ClaimFixtures.medicalClaimWithAllDocuments()),
        "claimNumber", WEB);
    long complaintsBefore = jdbc.queryForObject("select count(*) from complaint", Long.class);

    HttpResponse<String> read = http.get("/api/complaints/" + complaint, "Authorization", WECHAT);
    HttpResponse<String> feedback = http.postJson("/api/complaints/" + complaint + "/feedback",
        "{\"satisfied\":false,\"comment\":\"不是我\"}", "Authorization", WECHAT);
    HttpResponse<String> aboutForeignClaim = http.postJson("/api/complaints",
        objectMapper.writeValueAsString(ComplaintFixtures.claimComplaint(claim)), "Authorization", WECHAT);
    HttpResponse<String> aboutUnknownClaim = http.postJson("/api/complaints",
        objectMapper.writeValueAsString(ComplaintFixtures.claimComplaint("CLM-20260101-999999")),
        "Authorization", WECHAT);

    assertThat(read.statusCode()).isEqualTo(404);
    assertThat(feedback.statusCode()).isEqualTo(404);
    assertThat(aboutForeignClaim.statusCode()).isEqualTo(aboutUnknownClaim.statusCode()).isEqualTo(422);
    assertThat(problemType(aboutForeignClaim)).isEqualTo(problemType(aboutUnknownClaim));
    assertThat(jdbc.queryForObject("select count(*) from complaint", Long.class)).isEqualTo(complaintsBefore);
    assertThat(http.get("/api/complaints/" + complaint, "Authorization", WEB).statusCode()).isEqualTo(200);
    assertThat(http.get("/api/complaints/" + complaint, "Authorization", COMPLAINTS_OFFICER).statusCode())
        .isEqualTo(200);
    assertThat(http.postJson("/api/complaints", objectMapper.writeValueAsString(ComplaintFixtures.claimComplaint(claim)),
        "Authorization", WEB).statusCode()).isEqualTo(201);
  }

  @Test
  void anotherChannelCannotReadAConsultation() throws Exception {
    String consultation = submitted("/api/consultations",
        objectMapper.writeValueAsString(ConsultationFixtures.coverageQuestion()), "consultationNumber", WEB);

    assertThat(http.get("/api/consultations/" + consultation, "Authorization", WECHAT).statusCode()).isEqualTo(404);
    assertThat(http.get("/api/consultations/" + consultation, "Authorization", WEB).statusCode()).isEqualTo(200);
  }

  private String submitted(String path, String json, String numberField, String caller) throws Exception {
    HttpResponse<String> response = http.postJson(path, json, "Authorization", caller);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return objectMapper.readTree(response.body()).get(numberField).asText();
  }

  /** A multipart upload as a channel system sends it. */
  private HttpResponse<String> upload(String claimNumber, String type, String fileName, byte[] content,
      String caller) {
    String boundary = "----claims" + System.nanoTime();
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type + "\r\n--"
        + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/claims/" + claimNumber
        + "/documents")).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)), "Authorization", caller);
  }

  private long count(String table, String column, String value) {
    return jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?", Long.class, value);
  }

  private String problemType(HttpResponse<String> response) throws Exception {
    JsonNode problem = objectMapper.readTree(response.body());
    return problem.path("type").asText();
  }
}
