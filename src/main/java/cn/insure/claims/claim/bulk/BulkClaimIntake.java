package cn.insure.claims.claim.bulk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

import com.fasterxml.jackson.core.JsonGenerator;

import cn.insure.claims.claim.ClaimService;
import cn.insure.claims.claim.ClaimSubmission;
import cn.insure.claims.system.errors.ApiProblems;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Bulk intake of claims taken by hand — at temporary service points during a catastrophe, or on
 * paper while the system was down. Each claim is validated and registered on its own, in its own
 * transaction, exactly as {@code POST /api/claims} would: a bad row is reported and never stops or
 * half-imports the others. The caller's {@code externalReference} is the claim's idempotency key,
 * so a file sent again imports nothing twice. Rows are read and answered one at a time.
 */
@Service
public class BulkClaimIntake {

  private static final Logger log = LoggerFactory.getLogger(BulkClaimIntake.class);

  /** How many rows may be answered before the client sees them. */
  private static final int FLUSH_EVERY_ROWS = 100;
  private static final long FLUSH_EVERY_MILLIS = 2_000;

  /** What became of the file. */
  public record Totals(int imported, int duplicates, int rejected) {
  }

  private enum Outcome { IMPORTED, DUPLICATE, REJECTED }

  private record Result(Outcome outcome, String claimNumber, List<ApiProblems.FieldError> errors) {
  }

  private final ClaimService claimService;
  private final Validator validator;

  BulkClaimIntake(ClaimService claimService, Validator validator) {
    this.claimService = claimService;
    this.validator = validator;
  }

  /**
   * Imports every row and writes the answer as it goes:
   * {@code {"rows":[{"row":1,"externalReference":…,"claimNumber":…,"errors":[]},…],"imported":n,"duplicates":n,"rejected":n}}.
   */
  Totals importAll(BulkRows rows, Map<String, String> columnOfProperty, String caller, JsonGenerator json)
      throws IOException {
    int imported = 0;
    int duplicates = 0;
    int rejected = 0;
    json.writeStartObject();
    json.writeArrayFieldStart("rows");
    long lastFlush = System.currentTimeMillis();
    int sinceFlush = 0;
    while (true) {
      BulkRow row;
      try {
        row = rows.next();
      } catch (CsvRecords.MalformedCsvException e) {
        // The rest of the file cannot be told apart into rows: say where reading stopped.
        write(json, new BulkRow(-1, null, null, List.of()), new Result(Outcome.REJECTED, null,
            List.of(new ApiProblems.FieldError("file", "reading stopped after the last row above: " + e.getMessage()))));
        rejected++;
        break;
      }
      if (row == null) {
        break;
      }
      Result result = importRow(row, columnOfProperty, caller);
      switch (result.outcome()) {
        case IMPORTED -> imported++;
        case DUPLICATE -> duplicates++;
        case REJECTED -> rejected++;
      }
      write(json, row, result);
      if (++sinceFlush >= FLUSH_EVERY_ROWS || System.currentTimeMillis() - lastFlush >= FLUSH_EVERY_MILLIS) {
        json.flush();
        sinceFlush = 0;
        lastFlush = System.currentTimeMillis();
      }
    }
    json.writeEndArray();
    json.writeNumberField("imported", imported);
    json.writeNumberField("duplicates", duplicates);
    json.writeNumberField("rejected", rejected);
    json.writeEndObject();
    json.flush();
    log.info("Bulk intake by {}: {} imported, {} duplicates, {} rejected", caller, imported, duplicates, rejected);
    return new Totals(imported, duplicates, rejected);
  }

  private Result importRow(BulkRow row, Map<String, String> columnOfProperty, String caller) {
    List<ApiProblems.FieldError> errors = new ArrayList<>(row.errors());
    String reference = row.externalReference() == null ? null : row.externalReference().trim();
    // A line that is not a claim at all has no reference to complain about.
    boolean unreadable = row.errors().stream().anyMatch(e -> "line".equals(e.field()) || "row".equals(e.field()));
    if (unreadable) {
      return new Result(Outcome.REJECTED, null, errors);
    }
    if (reference == null || reference.isEmpty()) {
      errors.add(0, new ApiProblems.FieldError("externalReference", "is required: your reference of this claim, "
          + "unique among your claims, so that a file sent again imports nothing twice"));
    } else if (reference.length() > 100) {
      errors.add(0, new ApiProblems.FieldError("externalReference", "must be at most 100 characters"));
    }
    if (row.submission() != null) {
      Set<ConstraintViolation<ClaimSubmission>> violations = validator.validate(row.submission());
      violations.stream()
          .map(v -> new ApiProblems.FieldError(columnOfProperty.getOrDefault(v.getPropertyPath().toString(),
              v.getPropertyPath().toString()), v.getMessage()))
          .sorted(Comparator.comparing(ApiProblems.FieldError::field))
          .forEach(errors::add);
    }
    if (!errors.isEmpty()) {
      return new Result(Outcome.REJECTED, null, errors);
    }
    try {
      return submit(row.submission(), reference, caller);
    } catch (DataIntegrityViolationException sentTwiceAtOnce) {
      // The same reference in a parallel request won the insert; this one is its duplicate.
      return submit(row.submission(), reference, caller);
    }
  }

  private Result submit(ClaimSubmission submission, String reference, String caller) {
    try {
      ClaimService.Submitted submitted = claimService.submit(submission, reference, caller);
      return new Result(submitted.created() ? Outcome.IMPORTED : Outcome.DUPLICATE, submitted.claim().claimNumber(),
          List.of());
    } catch (ErrorResponseException refused) {
      return new Result(Outcome.REJECTED, null, errorsOf(refused.getBody()));
    } catch (DataIntegrityViolationException e) {
      throw e;
    } catch (RuntimeException e) {
      log.error("Bulk intake: row with reference {} could not be registered", reference, e);
      return new Result(Outcome.REJECTED, null, List.of(new ApiProblems.FieldError("row",
          "could not be registered (" + e.getClass().getSimpleName() + "); nothing of it was kept, send it again")));
    }
  }

  @SuppressWarnings("unchecked")
  private static List<ApiProblems.FieldError> errorsOf(ProblemDetail problem) {
    Object errors = problem.getProperties() == null ? null : problem.getProperties().get("errors");
    if (errors instanceof List<?> list && !list.isEmpty()) {
      return list.stream().map(e -> (Map<String, Object>) e)
          .map(e -> new ApiProblems.FieldError(String.valueOf(e.get("field")), String.valueOf(e.get("message"))))
          .toList();
    }
    return List.of(new ApiProblems.FieldError("row", problem.getDetail()));
  }

  private static void write(JsonGenerator json, BulkRow row, Result result) throws IOException {
    json.writeStartObject();
    if (row.row() > 0) {
      json.writeNumberField("row", row.row());
    } else {
      json.writeNullField("row");
    }
    json.writeStringField("externalReference", row.externalReference());
    json.writeStringField("claimNumber", result.claimNumber());
    json.writeArrayFieldStart("errors");
    for (ApiProblems.FieldError error : result.errors()) {
      json.writeStartObject();
      json.writeStringField("field", error.field());
      json.writeStringField("message", error.message());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
