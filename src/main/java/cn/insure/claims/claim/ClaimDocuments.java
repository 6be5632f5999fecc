package cn.insure.claims.claim;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.util.unit.DataSize;

import cn.insure.claims.system.errors.ApiException;

/**
 * The documents of a claim (理赔资料): type, file name, size and SHA-256, with the content. The
 * type of a file is decided by its content (PDF, JPEG or PNG), never by its name. The content is
 * kept in the database or in the {@link DocumentFileStore} ({@code claims.documents.store}); each
 * row records where, so that changing the setting affects new documents only. Content read back is
 * checked against its SHA-256: a file altered on disk is never handed out as the claimant's document.
 */
@Repository
public class ClaimDocuments {

  /** A received document, without its content. */
  public record Document(String documentId, String claimNumber, String type, String fileName, String contentType,
      long sizeBytes, String sha256, Instant receivedAt) {
  }

  /** Where the content of new documents is kept. */
  public enum Storage { DATABASE, FILE }

  private final NamedParameterJdbcTemplate jdbc;
  private final DataSize maxSize;
  private final DocumentFileStore files;
  private final Storage storage;

  ClaimDocuments(NamedParameterJdbcTemplate jdbc, @Value("${claims.documents.max-size:10MB}") DataSize maxSize,
      DocumentFileStore files, @Value("${claims.documents.store:database}") String storage) {
    this.jdbc = jdbc;
    this.maxSize = maxSize;
    this.files = files;
    this.storage = Storage.valueOf(storage.trim().toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * Stores a document; refuses one larger than {@code claims.documents.max-size} (413), content that
   * is not PDF, JPEG or PNG (415) and a duplicate of one received (409).
   */
  public Document store(String claimNumber, String type, String fileName, byte[] content, Instant receivedAt) {
    if (content.length > maxSize.toBytes()) {
      throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "document-too-large", "文件过大 File too large", "'"
          + fileName + "' has " + content.length + " bytes; documents of up to " + maxSize.toMegabytes()
          + " MB are accepted. Scan at a lower resolution or send the pages as separate files.");
    }
    String contentType = detectContentType(content).orElseThrow(() -> new ApiException(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-document-type", "文件类型不支持 Unsupported file type",
        "'" + fileName + "' is not a PDF, JPEG or PNG file (judged by its content). Scan or photograph the document "
            + "as PDF, JPEG or PNG."));
    String sha256 = sha256(content);
    Optional<Document> duplicate = documents(claimNumber).stream().filter(d -> d.sha256().equals(sha256)).findFirst();
    if (duplicate.isPresent()) {
      throw ApiException.conflict("duplicate-document", "This file was already received for " + claimNumber + " as '"
          + duplicate.get().fileName() + "' (" + duplicate.get().type() + "); there is no need to send it again.");
    }
    Document document = new Document(UUID.randomUUID().toString(), claimNumber, type, fileName, contentType,
        content.length, sha256, receivedAt);
    if (storage == Storage.FILE) {
      files.write(claimNumber, document.documentId(), content);
    }
    jdbc.update("INSERT INTO claim_document (document_id, claim_number, document_type, file_name, content_type, "
        + "size_bytes, sha256, content, storage, received_at) VALUES (:id, :n, :type, :name, :contentType, :size, "
        + ":sha, :content, :storage, :at)", new MapSqlParameterSource().addValue("id", document.documentId())
            .addValue("n", claimNumber).addValue("type", type).addValue("name", fileName)
            .addValue("contentType", contentType).addValue("size", document.sizeBytes()).addValue("sha", sha256)
            .addValue("content", storage == Storage.DATABASE ? content : null, java.sql.Types.BINARY)
            .addValue("storage", storage.name()).addValue("at", Timestamp.from(receivedAt)));
    return document;
  }

  /**
   * Of the {@code required} document types, those not received for the claim yet, each once, in the
   * order given: the one way the checklist, the green-channel checklist, the claim view and the
   * document upload decide what is still missing.
   */
  public List<String> missing(String claimNumber, List<String> required) {
    if (required.isEmpty()) {
      return List.of();
    }
    Set<String> received = documents(claimNumber).stream().map(Document::type).collect(Collectors.toSet());
    return required.stream().distinct().filter(type -> !received.contains(type)).toList();
  }

  /** What the claim's recorded checklist still misses (the checklist's list less the documents received since). */
  public List<String> stillMissing(Claim claim) {
    return missing(claim.claimNumber(), claim.checklistMissing());
  }

  public List<Document> documents(String claimNumber) {
    return jdbc.query("SELECT document_id, claim_number, document_type, file_name, content_type, size_bytes, sha256, "
        + "received_at FROM claim_document WHERE claim_number = :n ORDER BY seq",
        Map.of("n", claimNumber), (rs, i) -> new Document(rs.getString("document_id"), rs.getString("claim_number"),
            rs.getString("document_type"), rs.getString("file_name"), rs.getString("content_type"),
            rs.getLong("size_bytes"), rs.getString("sha256"), ClaimRepository.instant(rs, "received_at")));
  }

  /** The content as received; empty for an unknown document. Fails if the stored bytes were altered. */
  public Optional<byte[]> content(String claimNumber, String documentId) {
    return stored(claimNumber, documentId).map(stored -> {
      if (!sha256(stored.content()).equals(stored.sha256())) {
        throw new IllegalStateException("Document " + documentId + " of " + claimNumber + " does not match the "
            + "SHA-256 recorded when it was received: the stored copy was altered or damaged");
      }
      return stored.content();
    });
  }

  /** The stored bytes of a document, where they are kept, and the SHA-256 recorded on receipt — unchecked. */
  public record Stored(Storage storage, String sha256, byte[] content) {
  }

  /** What the store holds now, without judging it (the archive verification compares it itself). */
  public Optional<Stored> stored(String claimNumber, String documentId) {
    return jdbc.query("SELECT storage, sha256, content FROM claim_document WHERE claim_number = :n "
        + "AND document_id = :id", Map.of("n", claimNumber, "id", documentId), (rs, i) -> {
          Storage where = Storage.valueOf(rs.getString("storage"));
          byte[] content = where == Storage.FILE ? files.read(claimNumber, documentId) : rs.getBytes("content");
          return new Stored(where, rs.getString("sha256"), content);
        }).stream().findFirst();
  }

  /** Where new documents are kept. */
  public Storage storage() {
    return storage;
  }

  static Optional<String> detectContentType(byte[] content) {
    if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
      return Optional.of("application/pdf");
    }
    if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("image/jpeg");
    }
    if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of("image/png");
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, int... magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((content[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
