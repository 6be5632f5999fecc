package cn.insure.claims.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.numbering.CaseNumbers;
import cn.insure.claims.support.Http;

/** The archive store: the package a closed claim leaves, its verification, and the claim's read-only state. */
@ClaimsSpringBootTest
class ClaimArchiveTest {

  static final String AUDITOR = Http.basic("zhoumin", "zhoumin");
  static final String CHANNEL = Http.basic("channel", "channel");

  @LocalServerPort int port;
  @Autowired ClaimService claimService;
  @Autowired ClaimArchive archive;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper objectMapper;

  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    ClockUtil.setCurrentTime(new Date());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aClosedClaimLeavesASelfContainedPackageWithEveryChecksumAndTheRetentionDate() throws Exception {
    String claimNumber = archivedClaim();
    Path dir = archive.packageDir(claimNumber);

    byte[] manifestBytes = Files.readAllBytes(dir.resolve("manifest.json"));
    JsonNode manifest = objectMapper.readTree(manifestBytes);
    assertThat(ClaimDocuments.sha256(manifestBytes)).isEqualTo(jdbc.queryForObject(
        "SELECT manifest_sha256 FROM claim_archive WHERE claim_number = ?", String.class, claimNumber));
    assertThat(manifest.get("retainUntil").asText()).isEqualTo(LocalDate.ofInstant(ClockUtil.getCurrentTime()
        .toInstant(), CaseNumbers.BUSINESS_ZONE).plusYears(10).toString());
    assertThat(manifest.get("documents")).hasSize(6).allSatisfy(document -> {
      Path file = dir.resolve(document.get("file").asText());
      assertThat(ClaimDocuments.sha256(read(file))).isEqualTo(document.get("sha256").asText());
    });
    assertThat(manifest.get("decisions").findValuesAsText("decidedBy")).containsExactly("zhangwei", "wangfang");
    assertThat(manifest.get("payments")).singleElement()
        .satisfies(payment -> assertThat(payment.get("amount").decimalValue()).isEqualByComparingTo("12000"));
    assertThat(manifest.get("notices").findValuesAsText("kind")).contains("CLAIM_RECEIVED", "DECISION_APPROVED",
        "PAYMENT_MADE");
    assertThat(manifest.get("timeline").findValuesAsText("type")).contains("REGISTERED", "PAID_FINAL");
    assertThat(new String(manifestBytes, StandardCharsets.UTF_8)).doesNotContain("110101199003078888")
        .doesNotContain("13800138000");
    List<String> checksums = Files.readAllLines(dir.resolve("SHA256SUMS"));
    assertThat(checksums).hasSize(7).allSatisfy(line -> {
      String[] parts = line.split("  ", 2);
      assertThat(ClaimDocuments.sha256(read(dir.resolve(parts[1])))).as(parts[1]).isEqualTo(parts[0]);
    });
  }

  @Test
  void anIntactArchiveVerifiesWithEveryItemChecked() throws Exception {
    String claimNumber = archivedClaim();

    HttpResponse<String> response = http.get("/api/claims/" + claimNumber + "/archive/verify", "Authorization",
        AUDITOR);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode verification = objectMapper.readTree(response.body());
    assertThat(verification.get("intact").asBoolean()).isTrue();
    assertThat(verification.get("itemsChecked").asInt()).isEqualTo(2 + 2 * 6);
    assertThat(verification.get("mismatches")).isEmpty();
    assertThat(verification.get("retainUntil").asText()).isNotBlank();
  }

  @Test
  void aChangedPackageFileAndAChangedDatabaseDocumentAreReported() throws Exception {
    String claimNumber = archivedClaim();
    Path dir = archive.packageDir(claimNumber);
    JsonNode manifest = objectMapper.readTree(dir.resolve("manifest.json").toFile());
    String tamperedFile = manifest.get("documents").get(1).get("file").asText();
    Files.write(dir.resolve(tamperedFile), ClaimFixtures.pdfBytes("altered invoice"));
    String tamperedDocument = manifest.get("documents").get(3).get("documentId").asText();
    jdbc.update("UPDATE claim_document SET content = ? WHERE document_id = ?", ClaimFixtures.pdfBytes("altered list"),
        tamperedDocument);
    Files.writeString(dir.resolve("documents/notes.txt"), "added later");

    ClaimArchive.Verification verification = archive.verify(claimNumber);

    assertThat(verification.intact()).isFalse();
    assertThat(verification.mismatches()).extracting(ClaimArchive.Mismatch::item).containsExactlyInAnyOrder(
        "package:" + tamperedFile, "database:claim_document/" + tamperedDocument, "package:documents/notes.txt");
    assertThat(verification.mismatches()).filteredOn(m -> m.item().equals("package:" + tamperedFile)).singleElement()
        .satisfies(m -> assertThat(m.expectedSha256()).isEqualTo(manifest.get("documents").get(1).get("sha256")
            .asText()).isNotEqualTo(m.actualSha256()));
  }

  @Test
  void aMissingPackageIsReported() throws Exception {
    String claimNumber = archivedClaim();
    Files.delete(archive.packageDir(claimNumber).resolve("manifest.json"));

    assertThat(archive.verify(claimNumber).mismatches()).extracting(ClaimArchive.Mismatch::item, ClaimArchive.Mismatch::problem)
        .contains(org.assertj.core.groups.Tuple.tuple("package:manifest.json", "the file is missing from the archive package"));
  }

  @Test
  void anArchivedClaimRefusesUploadsAndDisputesWith409() throws Exception {
    String claimNumber = archivedClaim();

    HttpResponse<String> upload = ClaimApiTest.upload(http, port, claimNumber, "MEDICAL_RECORD", "record.pdf",
        ClaimFixtures.pdfBytes("病历"));
    HttpResponse<String> dispute = http.postJson("/api/claims/" + claimNumber + "/dispute", "{\"reason\":\"金额太低\"}",
        "Authorization", CHANNEL);

    assertThat(upload.statusCode()).isEqualTo(409);
    assertThat(upload.body()).contains("claim-archived");
    assertThat(dispute.statusCode()).isEqualTo(409);
    assertThat(dispute.body()).contains("claim-archived");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM claim_document WHERE claim_number = ?", Long.class,
        claimNumber)).isEqualTo(6);
  }

  @Test
  void verifyingIsForAuditorsAndOnlyForArchivedClaims() throws Exception {
    String open = claimService.submit(ClaimFixtures.medicalClaimWithAllDocuments(), null, "channel").claim()
        .claimNumber();

    assertThat(http.get("/api/claims/" + open + "/archive/verify", "Authorization", AUDITOR).statusCode())
        .isEqualTo(409);
    assertThat(http.get("/api/claims/CLM-20260101-999999/archive/verify", "Authorization", AUDITOR).statusCode())
        .isEqualTo(404);
    assertThat(http.get("/api/claims/" + open + "/archive/verify", "Authorization", CHANNEL).statusCode())
        .isEqualTo(403);
  }

  // --- the claim's way to the archive: reviewed, approved, paid online, dispute window closed ---------

  private String archivedClaim() {
    String claimNumber = claimService.submit(ClaimFixtures.medicalClaimWithAllDocuments(), null, "channel").claim()
        .claimNumber();
    ProcessInstance claim = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(claimNumber)
        .singleResult();
    complete(claim, "firstReview", "zhangwei", Map.of("liability", "COVERED", "assessedAmount", 12000,
        "fraudSuspected", false, "reviewComment", "住院费用合理"));
    complete(claim, "secondReview", "wangfang", Map.of("secondReviewAgrees", true, "approvedAmount", 12000,
        "reviewComment", "同意初审"));
    executeJob(claim, "payClaimOnline");
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(31).toMillis()));
    executeJob(claim, "disputeWindowClosed");
    executeJob(claim, "archiveClaim");
    assertThat(claimService.require(claimNumber).status()).isEqualTo(ClaimStatus.ARCHIVED);
    return claimNumber;
  }

  private void complete(ProcessInstance claim, String taskKey, String user, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceId(claim.getId()).taskDefinitionKey(taskKey)
        .singleResult();
    taskService.claim(task.getId(), user);
    taskService.complete(task.getId(), variables);
  }

  private void executeJob(ProcessInstance claim, String activityId) {
    managementService.executeJob(managementService.createJobQuery().processInstanceId(claim.getId())
        .activityId(activityId).singleResult().getId());
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
