package cn.insure.claims.claim;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import cn.insure.claims.system.text.ColumnText;

/**
 * The claim table and its children: decisions, notices and the timeline.
 *
 * <p>Over 250 lines because it is one named operation per change of the claim table and its
 * children ({@code markDecided}, {@code markPaid}, …) plus the row mapping: the names are the
 * point, so that no call site writes column names.
 */
@Repository
public class ClaimRepository {

  private final NamedParameterJdbcTemplate jdbc;

  ClaimRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A decision taken on the claim: who, when, what, why. */
  public record Decision(String stage, String decidedBy, Instant decidedAt, String outcome, BigDecimal amount,
      String reason) {
  }

  /** A line of the claim's timeline. */
  public record Event(Instant occurredAt, String type, String description, String actor) {
  }

  /** A notice sent to the claimant, as rendered. */
  public record Notice(String kind, String recipient, String subject, String body, Instant createdAt) {
  }

  void insert(Claim claim, String idempotencyKey, String fingerprint, String submittedBy) {
    MapSqlParameterSource p = new MapSqlParameterSource()
        .addValue("claimNumber", claim.claimNumber()).addValue("policyNumber", claim.policyNumber())
        .addValue("productLine", claim.productLine()).addValue("claimType", claim.claimType())
        .addValue("channel", claim.channel()).addValue("status", claim.status().name())
        .addValue("greenChannel", claim.greenChannel()).addValue("eventId", claim.catastropheEventId())
        .addValue("name", claim.claimantName()).addValue("phone", claim.claimantPhone())
        .addValue("email", claim.claimantEmail()).addValue("idNumber", claim.claimantIdNumber())
        .addValue("lossDate", claim.lossDate()).addValue("lossPlace", claim.lossPlace())
        .addValue("regionCode", claim.regionCode()).addValue("peril", claim.peril())
        .addValue("lossCause", claim.lossCause()).addValue("lossDescription", claim.lossDescription())
        .addValue("claimedAmount", claim.claimedAmount()).addValue("coverageWarning", claim.coverageWarning())
        .addValue("payeeName", claim.payeeAccountName()).addValue("payeeBank", claim.payeeBankName())
        .addValue("payeeAccount", claim.payeeAccountNumber())
        .addValue("idempotencyKey", idempotencyKey).addValue("fingerprint", fingerprint)
        .addValue("submittedBy", submittedBy).addValue("now", Timestamp.from(claim.createdAt()));
    jdbc.update("""
        INSERT INTO claim (claim_number, policy_number, product_line, claim_type, channel, status, green_channel,
          catastrophe_event_id, claimant_name, claimant_phone, claimant_email, claimant_id_number, loss_date,
          loss_place, region_code, peril, loss_cause, loss_description, claimed_amount, coverage_warning,
          payee_account_name, payee_bank_name, payee_account_number, idempotency_key, request_fingerprint,
          submitted_by, created_at, updated_at)
        VALUES (:claimNumber, :policyNumber, :productLine, :claimType, :channel, :status, :greenChannel, :eventId,
          :name, :phone, :email, :idNumber, :lossDate, :lossPlace, :regionCode, :peril, :lossCause,
          :lossDescription, :claimedAmount, :coverageWarning, :payeeName, :payeeBank, :payeeAccount,
          :idempotencyKey, :fingerprint, :submittedBy, :now, :now)
        """, p);
  }

  /** Records the claim's green channel (the claim row's flag and event are set by the caller). */
  void insertGreenChannel(String claimNumber, GreenChannel greenChannel, GreenChannel.Source source, Instant at) {
    jdbc.update("""
        INSERT INTO claim_green_channel (claim_number, event_id, source, fast_track, fast_track_limit,
          auto_settlement_allowed, advance_payment_allowed, advance_payment_share, reason, assigned_at)
        VALUES (:n, :event, :source, :fastTrack, :limit, :auto, :advance, :share, :reason, :at)
        """, new MapSqlParameterSource().addValue("n", claimNumber).addValue("event", greenChannel.eventId())
            .addValue("source", source.name()).addValue("fastTrack", greenChannel.fastTrack())
            .addValue("limit", greenChannel.fastTrackLimit())
            .addValue("auto", greenChannel.autoSettlementAllowed())
            .addValue("advance", greenChannel.advancePaymentAllowed())
            .addValue("share", greenChannel.advancePaymentShare()).addValue("reason", greenChannel.reason())
            .addValue("at", Timestamp.from(at)));
  }

  /** The claim's green channel, if it has one. */
  public Optional<GreenChannel> greenChannel(String claimNumber) {
    return jdbc.query("""
        SELECT g.*, e.name AS event_name FROM claim_green_channel g
        JOIN catastrophe_event e ON e.event_id = g.event_id WHERE g.claim_number = :n
        """, Map.of("n", claimNumber), (rs, i) -> new GreenChannel(rs.getString("event_id"),
            rs.getString("event_name"), rs.getBoolean("fast_track"), rs.getBigDecimal("fast_track_limit"),
            rs.getBoolean("auto_settlement_allowed"), rs.getBoolean("advance_payment_allowed"),
            rs.getBigDecimal("advance_payment_share"), rs.getString("reason"))).stream().findFirst();
  }

  /** A claim a process step works on: it exists, or the step has a bug. */
  public Claim require(String claimNumber) {
    return find(claimNumber).orElseThrow(() -> new IllegalStateException("No claim " + claimNumber));
  }

  public Optional<Claim> find(String claimNumber) {
    return jdbc.query("SELECT * FROM claim WHERE claim_number = :n", Map.of("n", claimNumber), CLAIM).stream()
        .findFirst();
  }

  /** Locks the claim row for the rest of the transaction, so concurrent changes to one claim queue. */
  public Optional<Claim> findForUpdate(String claimNumber) {
    return jdbc.query("SELECT * FROM claim WHERE claim_number = :n FOR UPDATE", Map.of("n", claimNumber), CLAIM)
        .stream().findFirst();
  }

  /** The claim an idempotent re-send refers to, with the fingerprint of the first request. */
  Optional<Map.Entry<String, String>> findByIdempotencyKey(String submittedBy, String idempotencyKey) {
    return jdbc.query("SELECT claim_number, request_fingerprint FROM claim WHERE submitted_by = :u AND idempotency_key = :k",
        Map.of("u", submittedBy, "k", idempotencyKey),
        (rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).stream().findFirst();
  }

  /** A page of claims, newest first; {@code submittedBy} null = every submitter (staff), else that account's only. */
  public List<Claim> list(String status, String policyNumber, String submittedBy, int page, int size) {
    return jdbc.query("SELECT * FROM claim WHERE " + FILTER + " ORDER BY created_at DESC, claim_number DESC "
        + "OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY", filter(status, policyNumber, submittedBy)
            .addValue("offset", (long) page * size).addValue("size", size), CLAIM);
  }

  public long count(String status, String policyNumber, String submittedBy) {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM claim WHERE " + FILTER,
        filter(status, policyNumber, submittedBy), Long.class);
    return count == null ? 0 : count;
  }

  private static final String FILTER = "(:status IS NULL OR status = :status) AND (:policy IS NULL OR policy_number = "
      + ":policy) AND (:submittedBy IS NULL OR submitted_by = :submittedBy)";

  private static MapSqlParameterSource filter(String status, String policyNumber, String submittedBy) {
    return new MapSqlParameterSource().addValue("status", status, java.sql.Types.VARCHAR)
        .addValue("policy", policyNumber, java.sql.Types.VARCHAR)
        .addValue("submittedBy", submittedBy, java.sql.Types.VARCHAR);
  }

  /** The account that submitted the claim (a channel system, a staff member, or none for old rows). */
  public Optional<String> submittedBy(String claimNumber) {
    return jdbc.query("SELECT submitted_by FROM claim WHERE claim_number = :n", Map.of("n", claimNumber),
        (rs, i) -> rs.getString(1)).stream().filter(java.util.Objects::nonNull).findFirst();
  }

  /** Sets the given columns (names are code constants, never user input) and touches updated_at. */
  // --- what happens to a claim, one named operation each (the columns are this class's business) --------

  /** The checklist compared: what is missing, and so whether the claim waits for documents or is reviewed. */
  public void recordChecklist(String claimNumber, List<String> missing) {
    update(claimNumber, Map.of("missing_documents", String.join(",", missing), "status",
        missing.isEmpty() ? ClaimStatus.UNDER_REVIEW : ClaimStatus.AWAITING_DOCUMENTS));
  }

  /** What is still missing, judged again (a reduced checklist) without changing the claim's stage. */
  public void recordMissingDocuments(String claimNumber, List<String> missing) {
    update(claimNumber, Map.of("missing_documents", String.join(",", missing)));
  }

  public void markDocumentsRequested(String claimNumber, Instant at) {
    update(claimNumber, Map.of("documents_requested_at", at));
  }

  /** Documents complete (or their period over): the determination clock runs, the claim is under review. */
  public void markUnderReview(String claimNumber, Instant documentsCompleteAt, Instant determinationDueAt) {
    update(claimNumber, Map.of("documents_complete_at", documentsCompleteAt, "determination_due_at",
        determinationDueAt, "status", ClaimStatus.UNDER_REVIEW));
  }

  public void markDeterminationBreached(String claimNumber) {
    update(claimNumber, Map.of("determination_breached", true));
  }

  public void recordAssessedAmount(String claimNumber, BigDecimal amount) {
    update(claimNumber, Map.of("assessed_amount", amount));
  }

  public void recordApprovedAmount(String claimNumber, BigDecimal amount) {
    update(claimNumber, Map.of("approved_amount", amount));
  }

  /** Settled without a human review: the claimed amount assessed and approved at once. */
  public void recordSettledAmount(String claimNumber, BigDecimal amount) {
    update(claimNumber, Map.of("assessed_amount", amount, "approved_amount", amount));
  }

  /** The determination (核定): approved with its amount and payment due date, or rejected. */
  public void markDecided(String claimNumber, Instant at, BigDecimal approvedAmount, Instant paymentDueAt) {
    Map<String, Object> columns = new HashMap<>();
    columns.put("decision", approvedAmount != null ? "APPROVED" : "REJECTED");
    columns.put("decided_at", at);
    columns.put("status", approvedAmount != null ? ClaimStatus.APPROVED : ClaimStatus.REJECTED);
    if (approvedAmount != null) {
      columns.put("approved_amount", approvedAmount);
      columns.put("payment_due_at", paymentDueAt);
    }
    update(claimNumber, columns);
  }

  public void correctPayee(String claimNumber, String accountName, String bankName, String accountNumber) {
    update(claimNumber, Map.of("payee_account_name", accountName, "payee_bank_name", bankName,
        "payee_account_number", accountNumber));
  }

  public void markPaid(String claimNumber) {
    update(claimNumber, Map.of("status", ClaimStatus.PAID));
  }

  public void markDisputed(String claimNumber, String reason, Instant at) {
    update(claimNumber, Map.of("dispute_reason", reason, "disputed_at", at, "status",
        ClaimStatus.IN_RECONSIDERATION));
  }

  public void markGreenChannel(String claimNumber, String catastropheEventId) {
    update(claimNumber, Map.of("green_channel", true, "catastrophe_event_id", catastropheEventId));
  }

  public void markArchived(String claimNumber, Instant at) {
    update(claimNumber, Map.of("archived_at", at, "status", ClaimStatus.ARCHIVED));
  }

  private void update(String claimNumber, Map<String, ?> columns) {
    StringBuilder sql = new StringBuilder("UPDATE claim SET updated_at = :updatedAt");
    MapSqlParameterSource p = new MapSqlParameterSource("claimNumber", claimNumber)
        .addValue("updatedAt", Timestamp.from(Instant.now()));
    columns.forEach((column, value) -> {
      sql.append(", ").append(column).append(" = :").append(column);
      p.addValue(column, value instanceof Instant instant ? Timestamp.from(instant)
          : value instanceof Enum<?> e ? e.name() : value);
    });
    jdbc.update(sql.append(" WHERE claim_number = :claimNumber").toString(), p);
  }

  /** What the other approved claims on a policy have used of its sum insured. */
  public BigDecimal approvedOnPolicyExcept(String policyNumber, String claimNumber) {
    BigDecimal sum = jdbc.queryForObject("SELECT COALESCE(SUM(approved_amount), 0) FROM claim WHERE policy_number = :p "
        + "AND claim_number <> :n AND decision = 'APPROVED'", Map.of("p", policyNumber, "n", claimNumber),
        BigDecimal.class);
    return sum == null ? BigDecimal.ZERO : sum;
  }

  public void addEvent(String claimNumber, Instant at, String type, String description, String actor) {
    jdbc.update("INSERT INTO claim_event (event_id, claim_number, occurred_at, event_type, description, actor) "
        + "VALUES (:id, :n, :at, :type, :description, :actor)", new MapSqlParameterSource()
            .addValue("id", UUID.randomUUID().toString()).addValue("n", claimNumber)
            .addValue("at", Timestamp.from(at)).addValue("type", type).addValue("description",
                ColumnText.fit(description, EVENT_DESCRIPTION_LENGTH))
            .addValue("actor", actor));
  }

  /** Event descriptions are narratives with a prefix; the full texts live in their own columns. */
  static final int EVENT_DESCRIPTION_LENGTH = 2000;

  public List<Event> events(String claimNumber) {
    return jdbc.query("SELECT * FROM claim_event WHERE claim_number = :n ORDER BY seq",
        Map.of("n", claimNumber), (rs, i) -> new Event(instant(rs, "occurred_at"), rs.getString("event_type"),
            rs.getString("description"), rs.getString("actor")));
  }

  public void addDecision(String claimNumber, Decision decision) {
    jdbc.update("INSERT INTO claim_decision (decision_id, claim_number, stage, decided_by, decided_at, outcome, "
        + "amount, reason) VALUES (:id, :n, :stage, :by, :at, :outcome, :amount, :reason)", new MapSqlParameterSource()
            .addValue("id", UUID.randomUUID().toString()).addValue("n", claimNumber)
            .addValue("stage", decision.stage()).addValue("by", decision.decidedBy())
            .addValue("at", Timestamp.from(decision.decidedAt())).addValue("outcome", decision.outcome())
            .addValue("amount", decision.amount()).addValue("reason", decision.reason()));
  }

  public List<Decision> decisions(String claimNumber) {
    return jdbc.query("SELECT * FROM claim_decision WHERE claim_number = :n ORDER BY seq",
        Map.of("n", claimNumber), (rs, i) -> new Decision(rs.getString("stage"), rs.getString("decided_by"),
            instant(rs, "decided_at"), rs.getString("outcome"), rs.getBigDecimal("amount"), rs.getString("reason")));
  }

  /** Stores a notice on the claim; returns its id. */
  public String addNotice(String claimNumber, Notice notice) {
    String noticeId = UUID.randomUUID().toString();
    jdbc.update("INSERT INTO claim_notice (notice_id, claim_number, kind, recipient, subject, body, created_at) "
        + "VALUES (:id, :n, :kind, :recipient, :subject, :body, :at)", new MapSqlParameterSource()
            .addValue("id", noticeId).addValue("n", claimNumber).addValue("kind", notice.kind())
            .addValue("recipient", notice.recipient()).addValue("subject", notice.subject())
            .addValue("body", notice.body()).addValue("at", Timestamp.from(notice.createdAt())));
    return noticeId;
  }

  public List<Notice> notices(String claimNumber) {
    return jdbc.query("SELECT * FROM claim_notice WHERE claim_number = :n ORDER BY seq",
        Map.of("n", claimNumber), (rs, i) -> new Notice(rs.getString("kind"), rs.getString("recipient"),
            rs.getString("subject"), rs.getString("body"), instant(rs, "created_at")));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static final RowMapper<Claim> CLAIM = (rs, i) -> new Claim(
      rs.getString("claim_number"), rs.getString("policy_number"), rs.getString("product_line"),
      rs.getString("claim_type"), rs.getString("channel"), ClaimStatus.valueOf(rs.getString("status")),
      rs.getBoolean("green_channel"), rs.getString("catastrophe_event_id"), rs.getString("claimant_name"),
      rs.getString("claimant_phone"), rs.getString("claimant_email"), rs.getString("claimant_id_number"),
      rs.getObject("loss_date", java.time.LocalDate.class), rs.getString("loss_place"), rs.getString("region_code"),
      rs.getString("peril"), rs.getString("loss_cause"), rs.getString("loss_description"),
      rs.getBigDecimal("claimed_amount"), rs.getBigDecimal("assessed_amount"), rs.getBigDecimal("approved_amount"),
      rs.getString("coverage_warning"), rs.getString("payee_account_name"), rs.getString("payee_bank_name"),
      rs.getString("payee_account_number"), rs.getString("missing_documents"),
      instant(rs, "documents_requested_at"), instant(rs, "documents_complete_at"), instant(rs, "determination_due_at"),
      rs.getBoolean("determination_breached"), rs.getString("decision"), instant(rs, "decided_at"),
      instant(rs, "payment_due_at"), rs.getString("dispute_reason"), instant(rs, "disputed_at"),
      instant(rs, "archived_at"), instant(rs, "created_at"));
}
