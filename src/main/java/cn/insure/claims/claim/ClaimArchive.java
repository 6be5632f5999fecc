package cn.insure.claims.claim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.numbering.CaseNumbers;
import cn.insure.claims.payment.ClaimPayments;
import cn.insure.claims.system.errors.ApiException;
import cn.insure.claims.system.privacy.PersonalData;

/**
 * Close and archive (结案归档): the claim's archive record — documents with checksums, decisions
 * and reviewers, payments, notices and timeline — stored with its own checksum and a retention
 * date; the claim is then read-only.
 *
 * <p>The record is kept twice: in the database ({@code claim_archive}) and as a self-contained
 * package under {@code claims.archive.location}: {@code <claimNumber>/manifest.json}, the document
 * files under {@code documents/}, and {@code SHA256SUMS} so that an auditor can check the package
 * with {@code sha256sum -c SHA256SUMS} without this application. {@link #verify} recomputes every
 * checksum against both.
 *
 * <p>Over 250 lines because building, writing and verifying a package must agree on one layout
 * (manifest, documents, {@code SHA256SUMS}); in one class the three cannot drift apart.
 */
@Component
class ClaimArchive {

  private static final Logger log = LoggerFactory.getLogger(ClaimArchive.class);

  static final String MANIFEST = "manifest.json";
  static final String CHECKSUMS = "SHA256SUMS";

  /** The result of checking an archived claim's package and database records against the manifest. */
  record Verification(String claimNumber, Instant archivedAt, LocalDate retainUntil, boolean intact, int itemsChecked,
      List<Mismatch> mismatches) {
  }

  /** One item whose checksum (or presence) differs from what the manifest recorded. */
  record Mismatch(String item, String problem, String expectedSha256, String actualSha256) {
  }

  private final ClaimRepository claims;
  private final ClaimDocuments documents;
  private final ClaimPayments payments;
  private final NamedParameterJdbcTemplate jdbc;
  private final ObjectMapper objectMapper;
  private final Clock clock;
  private final Period retention;
  private final Path location;

  ClaimArchive(ClaimRepository claims, ClaimDocuments documents, ClaimPayments payments,
      NamedParameterJdbcTemplate jdbc, ObjectMapper objectMapper, Clock clock,
      @Value("${claims.archive.retention:P10Y}") Period retention,
      @Value("${claims.archive.location:./data/archive}") Path location) {
    this.claims = claims;
    this.documents = documents;
    this.payments = payments;
    this.jdbc = jdbc;
    this.objectMapper = objectMapper;
    this.clock = clock;
    this.retention = retention;
    this.location = location.toAbsolutePath().normalize();
  }

  void archive(String claimNumber) {
    Claim claim = claims.find(claimNumber).orElseThrow();
    Instant now = clock.instant();
    LocalDate retainUntil = LocalDate.ofInstant(now, CaseNumbers.BUSINESS_ZONE).plus(retention);
    Map<String, byte[]> files = new LinkedHashMap<>();
    List<Map<String, Object>> documentEntries = new ArrayList<>();
    int n = 0;
    for (ClaimDocuments.Document document : documents.documents(claimNumber)) {
      String file = "documents/" + String.format("%02d", ++n) + "-" + document.type().replaceAll("[^A-Za-z0-9_]", "_")
          + "-" + document.documentId().substring(0, 8) + extension(document.contentType());
      files.put(file, documents.content(claimNumber, document.documentId()).orElseThrow());
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("documentId", document.documentId());
      entry.put("type", document.type());
      entry.put("fileName", document.fileName());
      entry.put("contentType", document.contentType());
      entry.put("sizeBytes", document.sizeBytes());
      entry.put("sha256", document.sha256());
      entry.put("receivedAt", document.receivedAt().toString());
      entry.put("file", file);
      documentEntries.add(entry);
    }
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("formatVersion", 1);
    manifest.put("claimNumber", claimNumber);
    manifest.put("policyNumber", claim.policyNumber());
    manifest.put("productLine", claim.productLine());
    manifest.put("claimType", claim.claimType());
    manifest.put("claimant", Map.of("name", claim.claimantName(), "idNumber",
        PersonalData.maskIdNumber(claim.claimantIdNumber()), "phone", PersonalData.maskPhone(claim.claimantPhone())));
    manifest.put("loss", Map.of("date", claim.lossDate().toString(), "place", claim.lossPlace(), "peril",
        claim.peril(), "cause", claim.lossCause()));
    manifest.put("claimedAmount", claim.claimedAmount());
    manifest.put("decision", claim.decision());
    manifest.put("approvedAmount", claim.approvedAmount());
    manifest.put("determinationBreached", claim.determinationBreached());
    manifest.put("documents", documentEntries);
    manifest.put("decisions", claims.decisions(claimNumber));
    manifest.put("payments", payments.paid(claimNumber));
    manifest.put("refusedPayments", payments.refused(claimNumber));
    manifest.put("notices", claims.notices(claimNumber));
    manifest.put("timeline", claims.events(claimNumber));
    manifest.put("archivedAt", now.toString());
    manifest.put("retainUntil", retainUntil.toString());
    String json;
    try {
      json = objectMapper.writerWithDefaultPrettyPrinter().writeValueAsString(manifest);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Archive manifest of " + claimNumber + " cannot be written", e);
    }
    byte[] manifestBytes = json.getBytes(StandardCharsets.UTF_8);
    String manifestSha256 = ClaimDocuments.sha256(manifestBytes);
    // Written before the database record: should this step roll back, its retry replaces the package.
    writePackage(claimNumber, manifestBytes, files);
    jdbc.update("INSERT INTO claim_archive (claim_number, archived_at, retain_until, manifest, manifest_sha256) "
        + "VALUES (:n, :at, :until, :manifest, :sha)", new MapSqlParameterSource().addValue("n", claimNumber)
            .addValue("at", Timestamp.from(now)).addValue("until", retainUntil).addValue("manifest", json)
            .addValue("sha", manifestSha256));
    claims.addEvent(claimNumber, now, "ARCHIVED", "结案归档，保存至 " + retainUntil + " Closed and archived", null);
    claims.markArchived(claimNumber, now);
  }

  /**
   * Recomputes the checksums of the archived claim: the manifest in the database and in the package,
   * every document file of the package and every document stored in the database.
   *
   * @throws ApiException 404 for an unknown claim, 409 for a claim not archived yet
   */
  Verification verify(String claimNumber) {
    claims.find(claimNumber).orElseThrow(() -> ApiException.notFound("unknown-claim", "No claim " + claimNumber
        + ". Check the claim number (CLM-YYYYMMDD-NNNNNN)."));
    Map<String, Object> record = jdbc.queryForList("SELECT archived_at, retain_until, manifest, manifest_sha256 FROM "
        + "claim_archive WHERE claim_number = :n", Map.of("n", claimNumber)).stream().findFirst()
        .orElseThrow(() -> ApiException.conflict("claim-not-archived", "Claim " + claimNumber + " is not archived "
            + "yet; its archive can be verified once it is closed."));
    String manifestJson = (String) record.get("manifest");
    String recordedSha256 = (String) record.get("manifest_sha256");
    List<Mismatch> mismatches = new ArrayList<>();
    int checked = 0;

    checked++;
    String databaseSha256 = ClaimDocuments.sha256(manifestJson.getBytes(StandardCharsets.UTF_8));
    if (!databaseSha256.equals(recordedSha256)) {
      mismatches.add(new Mismatch("database:claim_archive.manifest", "the manifest in the database was changed",
          recordedSha256, databaseSha256));
    }
    Path dir = packageDir(claimNumber);
    checked++;
    checkFile(dir, MANIFEST, recordedSha256, mismatches);

    JsonNode manifest = readTree(manifestJson);
    Set<String> listed = new HashSet<>(Set.of(MANIFEST, CHECKSUMS));
    Map<String, String> stored = new LinkedHashMap<>();
    documents.documents(claimNumber).forEach(d -> stored.put(d.documentId(), d.sha256()));
    for (JsonNode document : manifest.path("documents")) {
      String documentId = document.path("documentId").asText();
      String sha256 = document.path("sha256").asText();
      String file = document.path("file").asText();
      listed.add(file);
      checked += 2;
      checkFile(dir, file, sha256, mismatches);
      Optional<ClaimDocuments.Stored> content = storedContent(claimNumber, documentId);
      String where = content.map(c -> c.storage() == ClaimDocuments.Storage.FILE
          ? "document-store:" + claimNumber + "/" + documentId : null).orElse("database:claim_document/" + documentId);
      if (content.isEmpty()) {
        mismatches.add(new Mismatch(where, "the document is missing from the database or the document store",
            sha256, null));
      } else {
        String actual = ClaimDocuments.sha256(content.get().content());
        if (!actual.equals(sha256) || !sha256.equals(stored.get(documentId))) {
          mismatches.add(new Mismatch(where, "the document kept with the claim differs from the archived one",
              sha256, actual));
        }
      }
      stored.remove(documentId);
    }
    stored.forEach((documentId, sha256) -> mismatches.add(new Mismatch("database:claim_document/" + documentId,
        "a document was added after archiving", null, sha256)));
    for (String extra : filesIn(dir)) {
      if (!listed.contains(extra)) {
        mismatches.add(new Mismatch("package:" + extra, "the package holds a file the manifest does not list", null,
            sha256(dir.resolve(extra))));
      }
    }
    return new Verification(claimNumber, ((Timestamp) record.get("archived_at")).toInstant(),
        toLocalDate(record.get("retain_until")), mismatches.isEmpty(), checked, List.copyOf(mismatches));
  }

  Path packageDir(String claimNumber) {
    return location.resolve(claimNumber);
  }

  private void writePackage(String claimNumber, byte[] manifest, Map<String, byte[]> files) {
    Path target = packageDir(claimNumber);
    Path staging = location.resolve("." + claimNumber + ".writing-" + UUID.randomUUID());
    try {
      Files.createDirectories(staging.resolve("documents"));
      StringBuilder checksums = new StringBuilder();
      write(staging.resolve(MANIFEST), manifest);
      checksums.append(ClaimDocuments.sha256(manifest)).append("  ").append(MANIFEST).append('\n');
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        write(staging.resolve(file.getKey()), file.getValue());
        checksums.append(ClaimDocuments.sha256(file.getValue())).append("  ").append(file.getKey()).append('\n');
      }
      write(staging.resolve(CHECKSUMS), checksums.toString().getBytes(StandardCharsets.UTF_8));
      if (Files.exists(target)) {
        // Left by an attempt of this step that rolled back: the database has no archive record for it.
        log.warn("Replacing the archive package of {} left by an earlier attempt that did not complete", claimNumber);
        deleteRecursively(target);
      }
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      deleteQuietly(staging);
      throw new UncheckedIOException("The archive package of " + claimNumber + " cannot be written to " + target, e);
    }
  }

  /** The stored document, or empty when its row or its file is gone (both are mismatches to report). */
  private Optional<ClaimDocuments.Stored> storedContent(String claimNumber, String documentId) {
    try {
      return documents.stored(claimNumber, documentId);
    } catch (java.io.UncheckedIOException e) {
      return Optional.empty();
    }
  }

  private static void write(Path file, byte[] content) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }

  private static void checkFile(Path dir, String file, String expectedSha256, List<Mismatch> mismatches) {
    Path path = dir.resolve(file).normalize();
    if (!path.startsWith(dir) || !Files.isRegularFile(path)) {
      mismatches.add(new Mismatch("package:" + file, "the file is missing from the archive package", expectedSha256,
          null));
      return;
    }
    String actual = sha256(path);
    if (!actual.equals(expectedSha256)) {
      mismatches.add(new Mismatch("package:" + file, "the file differs from the archived one", expectedSha256,
          actual));
    }
  }

  private static List<String> filesIn(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(Path file) {
    try {
      return ClaimDocuments.sha256(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private JsonNode readTree(String json) {
    try {
      return objectMapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The archive manifest in the database is not JSON", e);
    }
  }

  private static LocalDate toLocalDate(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate() : LocalDate.parse(value.toString().substring(0, 10));
  }

  private static String extension(String contentType) {
    return switch (contentType) {
      case "application/pdf" -> ".pdf";
      case "image/jpeg" -> ".jpg";
      case "image/png" -> ".png";
      default -> ".bin";
    };
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static void deleteQuietly(Path dir) {
    try {
      if (Files.exists(dir)) {
        deleteRecursively(dir);
      }
    } catch (IOException e) {
      log.warn("Could not remove the unfinished archive package {}", dir, e);
    }
  }
}
