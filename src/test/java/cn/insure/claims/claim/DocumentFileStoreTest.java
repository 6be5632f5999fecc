package cn.insure.claims.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.system.errors.ApiException;

/**
 * Documents kept in the file store ({@code claims.documents.store=file}) against the real database:
 * the row records the file store and holds no content, the file holds the bytes, a rolled-back request
 * leaves no file, and a file altered on disk is never handed out.
 */
@ClaimsSpringBootTest
class DocumentFileStoreTest {

  @TempDir Path storeLocation;
  @Autowired NamedParameterJdbcTemplate namedJdbc;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired ClaimService claimService;
  @Autowired ClaimDocuments databaseDocuments;

  ClaimDocuments fileDocuments;
  String claimNumber;

  @BeforeEach
  void aClaimAndADocumentStoreOnFiles() {
    fileDocuments = new ClaimDocuments(namedJdbc, DataSize.ofMegabytes(10), new DocumentFileStore(storeLocation), "file");
    claimNumber = claimService.submit(ClaimFixtures.medicalClaimWithDocuments(List.of("CLAIM_FORM")), null, "channel")
        .claim().claimNumber();
  }

  @Test
  void theApplicationKeepsDocumentsInTheDatabaseUnlessConfiguredOtherwise() {
    assertThat(databaseDocuments.storage()).isEqualTo(ClaimDocuments.Storage.DATABASE);
    assertThat(jdbc.queryForList("SELECT storage FROM claim_document WHERE claim_number = ?", String.class, claimNumber))
        .containsOnly("DATABASE");
  }

  @Test
  void aDocumentInTheFileStoreIsAFileWithItsChecksumInTheDatabaseAndReadsBackAsReceived() throws Exception {
    byte[] invoice = ClaimFixtures.pdfBytes("医疗费用发票 12800 元");

    ClaimDocuments.Document document = fileDocuments.store(claimNumber, "MEDICAL_INVOICE", "invoice.pdf", invoice,
        Instant.now());

    Path file = storeLocation.resolve(claimNumber).resolve(document.documentId());
    assertThat(file).exists().hasBinaryContent(invoice);
    assertThat(Files.list(file.getParent())).as("no temporary file left").containsExactly(file);
    // queryForMap's keys are case-insensitive (H2 answers STORAGE, PostgreSQL storage).
    var row = jdbc.queryForMap("SELECT storage, content, sha256 FROM claim_document WHERE document_id = ?",
        document.documentId());
    assertThat(row.get("storage")).isEqualTo("FILE");
    assertThat(row.get("content")).isNull();
    assertThat(row.get("sha256")).isEqualTo(ClaimDocuments.sha256(invoice));
    assertThat(fileDocuments.content(claimNumber, document.documentId())).hasValue(invoice);
    assertThat(fileDocuments.documents(claimNumber)).extracting(ClaimDocuments.Document::type)
        .containsExactly("CLAIM_FORM", "MEDICAL_INVOICE");
    assertThat(fileDocuments.content(claimNumber, fileDocuments.documents(claimNumber).get(0).documentId()))
        .as("a document received earlier into the database stays readable").isPresent();
  }

  @Test
  void aRequestThatRollsBackLeavesNeitherRowNorFile() {
    String[] written = new String[1];

    transactions.executeWithoutResult(status -> {
      written[0] = fileDocuments.store(claimNumber, "MEDICAL_RECORD", "record.pdf", ClaimFixtures.pdfBytes("病历"),
          Instant.now()).documentId();
      assertThat(storeLocation.resolve(claimNumber).resolve(written[0])).exists();
      status.setRollbackOnly();
    });

    assertThat(storeLocation.resolve(claimNumber).resolve(written[0])).doesNotExist();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM claim_document WHERE document_id = ?", Long.class, written[0]))
        .isZero();
  }

  @Test
  void aRefusedDuplicateWritesNoFile() throws Exception {
    byte[] record = ClaimFixtures.pdfBytes("出院小结");
    fileDocuments.store(claimNumber, "DISCHARGE_SUMMARY", "summary.pdf", record, Instant.now());

    assertThatThrownBy(() -> fileDocuments.store(claimNumber, "DISCHARGE_SUMMARY", "again.pdf", record, Instant.now()))
        .isInstanceOf(ApiException.class).hasMessageContaining("already received");
    try (var files = Files.list(storeLocation.resolve(claimNumber))) {
      assertThat(files).hasSize(1);
    }
  }

  @Test
  void aFileAlteredOnDiskIsNeverHandedOut() throws Exception {
    ClaimDocuments.Document document = fileDocuments.store(claimNumber, "MEDICAL_INVOICE", "invoice.pdf",
        ClaimFixtures.pdfBytes("发票 12800"), Instant.now());
    Files.write(storeLocation.resolve(claimNumber).resolve(document.documentId()), ClaimFixtures.pdfBytes("发票 92800"));

    assertThatThrownBy(() -> fileDocuments.content(claimNumber, document.documentId()))
        .hasMessageContaining("does not match the SHA-256");
    assertThat(fileDocuments.stored(claimNumber, document.documentId())).hasValueSatisfying(
        stored -> assertThat(stored.storage()).isEqualTo(ClaimDocuments.Storage.FILE));
  }
}
