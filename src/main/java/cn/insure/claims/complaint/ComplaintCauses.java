package cn.insure.claims.complaint;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.insure.claims.claim.Claim;
import cn.insure.claims.policy.Policy;

/**
 * The causes complaints share (the same claim, catastrophe event or policy product) and by which
 * they are counted and grouped into crisis incidents. A cause is one row; intakes lock it while they
 * decide whether to open or join an incident, so concurrent mass complaints end up in one incident.
 */
@Component
class ComplaintCauses {

  /** A cause key such as {@code CLAIM:CLM-20261122-000001}, its type and words for people. */
  record Cause(String key, String type, String description) {
  }

  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate newTransaction;

  ComplaintCauses(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.newTransaction = new TransactionTemplate(transactionManager);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The narrowest cause a complaint can be grouped by: its claim's catastrophe event, its claim, its product. */
  static Cause of(Claim claim, Policy policy) {
    if (claim != null && claim.catastropheEventId() != null) {
      return new Cause("CATASTROPHE:" + claim.catastropheEventId(), "CATASTROPHE",
          "巨灾事件 Catastrophe event " + claim.catastropheEventId());
    }
    if (claim != null) {
      return new Cause("CLAIM:" + claim.claimNumber(), "CLAIM", "理赔案件 Claim " + claim.claimNumber());
    }
    if (policy != null) {
      return ofProduct(policy.productName());
    }
    return null;
  }

  /** The policy product as the cause: product complaints (category PRODUCT) about it are grouped by it. */
  static Cause ofProduct(String productName) {
    return new Cause("PRODUCT:" + productName, "PRODUCT", "保险产品 Policy product " + productName);
  }

  /**
   * Which complaints share a cause: the same catastrophe event, the same claim, product complaints
   * about the same product, or the complaint itself. An SQL condition on table {@code complaint}
   * with the parameter {@code :causeValue}.
   */
  static String condition(String causeKey) {
    String type = causeKey.substring(0, causeKey.indexOf(':'));
    return switch (type) {
      case "CATASTROPHE" -> "catastrophe_event_id = :causeValue";
      case "CLAIM" -> "claim_number = :causeValue";
      case "PRODUCT" -> "product_name = :causeValue AND (category = 'PRODUCT' OR cause_key = :causeKey)";
      case "COMPLAINT" -> "complaint_number = :causeValue";
      default -> "cause_key = :causeKey";
    };
  }

  static String value(String causeKey) {
    return causeKey.substring(causeKey.indexOf(':') + 1);
  }

  /** A complaint with no shared cause is its own cause when it opens a crisis incident. */
  static Cause ofComplaint(String complaintNumber) {
    return new Cause("COMPLAINT:" + complaintNumber, "COMPLAINT", "投诉 Complaint " + complaintNumber);
  }

  /**
   * Records the cause if it is new. In a transaction of its own: a concurrent intake's duplicate key
   * then cannot abort the caller's transaction (PostgreSQL would).
   */
  void ensure(Cause cause, Instant now) {
    if (exists(cause.key())) {
      return;
    }
    try {
      newTransaction.executeWithoutResult(tx -> jdbc.update("INSERT INTO complaint_cause (cause_key, cause_type, "
          + "description, first_seen_at) VALUES (:key, :type, :description, :at)", new MapSqlParameterSource()
              .addValue("key", cause.key()).addValue("type", cause.type())
              .addValue("description", cause.description()).addValue("at", Timestamp.from(now))));
    } catch (DuplicateKeyException recordedConcurrently) {
      // Another intake recorded the cause first; its row is the one to use.
    }
  }

  /** Locks the cause for the rest of the transaction and returns it. */
  Cause lock(String causeKey) {
    return jdbc.query("SELECT cause_key, cause_type, description FROM complaint_cause WHERE cause_key = :key "
        + "FOR UPDATE", Map.of("key", causeKey), (rs, i) -> new Cause(rs.getString(1), rs.getString(2),
            rs.getString(3))).stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("No complaint cause " + causeKey));
  }

  Cause find(String causeKey) {
    return jdbc.query("SELECT cause_key, cause_type, description FROM complaint_cause WHERE cause_key = :key",
        Map.of("key", causeKey), (rs, i) -> new Cause(rs.getString(1), rs.getString(2), rs.getString(3)))
        .stream().findFirst().orElseThrow(() -> new IllegalStateException("No complaint cause " + causeKey));
  }

  private boolean exists(String causeKey) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM complaint_cause WHERE cause_key = :key",
        Map.of("key", causeKey), Integer.class);
    return count != null && count > 0;
  }
}
