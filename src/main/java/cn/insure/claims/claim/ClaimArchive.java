package cn.insure.claims.claim;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.numbering.CaseNumbers;
import cn.insure.claims.payment.ClaimPayments;
import cn.insure.claims.system.privacy.PersonalData;

/**
 * Close and archive (结案归档): the claim's archive record — documents with checksums, decisions
 * and reviewers, payments, notices and timeline — stored with its own checksum and a retention
 * date; the claim is then read-only.
 */
@Component
class ClaimArchive {

  private final ClaimRepository claims;
  private final ClaimDocuments documents;
  private final ClaimPayments payments;
  private final NamedParameterJdbcTemplate jdbc;
  private final ObjectMapper objectMapper;
  private final Clock clock;
  private final Period retention;

  ClaimArchive(ClaimRepository claims, ClaimDocuments documents, ClaimPayments payments,
      NamedParameterJdbcTemplate jdbc, ObjectMapper objectMapper, Clock clock,
      @Value("${claims.archive.retention:P10Y}") Period retention) {
    this.claims = claims;
    this.documents = documents;
    this.payments = payments;
    this.jdbc = jdbc;
    this.objectMapper = objectMapper;
    this.clock = clock;
    this.retention = retention;
  }

  void archive(String claimNumber) {
    Claim claim = claims.find(claimNumber).orElseThrow();
    Instant now = clock.instant();
    LocalDate retainUntil = LocalDate.ofInstant(now, CaseNumbers.BUSINESS_ZONE).plus(retention);
    Map<String, Object> manifest = new LinkedHashMap<>();
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
    manifest.put("documents", documents.documents(claimNumber));
    manifest.put("decisions", claims.decisions(claimNumber));
    manifest.put("payments", payments.paid(claimNumber));
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
    jdbc.update("INSERT INTO claim_archive (claim_number, archived_at, retain_until, manifest, manifest_sha256) "
        + "VALUES (:n, :at, :until, :manifest, :sha)", new MapSqlParameterSource().addValue("n", claimNumber)
            .addValue("at", Timestamp.from(now)).addValue("until", retainUntil).addValue("manifest", json)
            .addValue("sha", ClaimDocuments.sha256(json.getBytes(StandardCharsets.UTF_8))));
    claims.addEvent(claimNumber, now, "ARCHIVED", "结案归档，保存至 " + retainUntil + " Closed and archived", null);
    claims.update(claimNumber, Map.of("archived_at", now, "status", ClaimStatus.ARCHIVED));
  }
}
