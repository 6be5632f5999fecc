package cn.insure.claims.claim;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.util.unit.DataSize;

import cn.insure.claims.system.errors.ApiException;

/**
 * The documents of a claim (理赔资料): type, file name, size and SHA-256, with the content. The
 * type of a file is decided by its content (PDF, JPEG or PNG), never by its name.
 */
@Repository
public class ClaimDocuments {

  /** A received document, without its content. */
  public record Document(String documentId, String claimNumber, String type, String fileName, String contentType,
      long sizeBytes, String sha256, Instant receivedAt) {
  }

  private final NamedParameterJdbcTemplate jdbc;
  private final DataSize maxSize;

  ClaimDocuments(NamedParameterJdbcTemplate jdbc, @Value("${claims.documents.max-size:10MB}") DataSize maxSize) {
    this.jdbc = jdbc;
    this.maxSize = maxSize;
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
    jdbc.update("INSERT INTO claim_document (document_id, claim_number, document_type, file_name, content_type, "
        + "size_bytes, sha256, content, received_at) VALUES (:id, :n, :type, :name, :contentType, :size, :sha, "
        + ":content, :at)", new MapSqlParameterSource().addValue("id", document.documentId())
            .addValue("n", claimNumber).addValue("type", type).addValue("name", fileName)
            .addValue("contentType", contentType).addValue("size", document.sizeBytes()).addValue("sha", sha256)
            .addValue("content", content).addValue("at", Timestamp.from(receivedAt)));
    return document;
  }

  public List<Document> documents(String claimNumber) {
    return jdbc.query("SELECT document_id, claim_number, document_type, file_name, content_type, size_bytes, sha256, "
        + "received_at FROM claim_document WHERE claim_number = :n ORDER BY seq",
        Map.of("n", claimNumber), (rs, i) -> new Document(rs.getString("document_id"), rs.getString("claim_number"),
            rs.getString("document_type"), rs.getString("file_name"), rs.getString("content_type"),
            rs.getLong("size_bytes"), rs.getString("sha256"), ClaimRepository.instant(rs, "received_at")));
  }

  public Optional<byte[]> content(String claimNumber, String documentId) {
    return jdbc.query("SELECT content FROM claim_document WHERE claim_number = :n AND document_id = :id",
        Map.of("n", claimNumber, "id", documentId), (rs, i) -> rs.getBytes(1)).stream().findFirst();
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
