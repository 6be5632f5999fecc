package cn.insure.claims.claim.bulk;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

import com.fasterxml.jackson.core.JsonGenerator;

import cn.insure.claims.claim.ClaimService;
import cn.insure.claims.claim.ClaimSubmission;
import cn.insure.claims.system.errors.ApiProblems;
import jakarta.annotation.PreDestroy;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Bulk intake of claims taken by hand — at temporary service points during a catastrophe, or on
 * paper while the system was down. Each claim is validated and registered on its own, in its own
 * transaction, exactly as {@code POST /api/claims} would: a bad row is reported and never stops or
 * half-imports the others. The caller's {@code externalReference} is the claim's idempotency key,
 * so a file sent again imports nothing twice. Rows are read one at a time and registered
 * {@code claims.bulk.parallelism} at a time (each in its own transaction, as parallel API calls
 * would be); answers are written in the file's order, and a reference that appears twice in a file
 * waits for its first row, so that the first is the one imported and the second its duplicate.
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
  private final int parallelism;
  private final ExecutorService rowWorkers;

  BulkClaimIntake(ClaimService claimService, Validator validator,
      @Value("${claims.bulk.parallelism:4}") int parallelism) {
    if (parallelism < 1 || parallelism > 32) {
      throw new IllegalStateException("claims.bulk.parallelism must be between 1 and 32, not " + parallelism);
    }
    this.claimService = claimService;
    this.validator = validator;
    this.parallelism = parallelism;
    AtomicInteger threads = new AtomicInteger();
    // Shared by all bulk requests: together they never register more than this many rows at once.
    this.rowWorkers = Executors.newFixedThreadPool(parallelism, runnable -> {
      Thread thread = new Thread(runnable, "bulk-intake-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  @PreDestroy
  void stop() {
    rowWorkers.shutdown();
  }

  /** A row on its way: read, maybe still being registered. */
  private record Pending(BulkRow row, Future<Result> result) {
  }

  /**
   * Imports every row and writes the answer as it goes:
   * {@code {"rows":[{"row":1,"externalReference":…,"claimNumber":…,"errors":[]},…],"imported":n,"duplicates":n,"rejected":n}}.
   */
  Totals importAll(BulkRows rows, Map<String, String> columnOfProperty, String caller, JsonGenerator json)
      throws IOException {
    json.writeStartObject();
    json.writeArrayFieldStart("rows");
    long lastFlush = System.currentTimeMillis();
    int sinceFlush = 0;
    Deque<Pending> pending = new ArrayDeque<>();
    Map<String, Future<Result>> inFlight = new HashMap<>();
    int[] counts = new int[3];
    while (true) {
      BulkRow row;
      try {
        row = rows.next();
      } catch (CsvRecords.MalformedCsvException e) {
        drain(pending, pending.size(), json, counts);
        // The rest of the file cannot be told apart into rows: say where reading stopped.
        write(json, new BulkRow(-1, null, null, List.of()), new Result(Outcome.REJECTED, null,
            List.of(new ApiProblems.FieldError("file", "reading stopped after the last row above: " + e.getMessage()))));
        counts[Outcome.REJECTED.ordinal()]++;
        break;
      }
      if (row == null) {
        break;
      }
      String reference = row.externalReference() == null ? null : row.externalReference().trim();
      Future<Result> earlier = reference == null ? null : inFlight.get(reference);
      if (earlier != null) {
        await(earlier);
      }
      BulkRow current = row;
      Future<Result> result = rowWorkers.submit(() -> importRow(current, columnOfProperty, caller));
      if (reference != null) {
        inFlight.put(reference, result);
      }
      pending.add(new Pending(row, result));
      if (pending.size() >= 2 * parallelism) {
        drain(pending, pending.size() - parallelism, json, counts);
        inFlight.values().removeIf(Future::isDone);
      }
      if (++sinceFlush >= FLUSH_EVERY_ROWS || System.currentTimeMillis() - lastFlush >= FLUSH_EVERY_MILLIS) {
        json.flush();
        sinceFlush = 0;
        lastFlush = System.currentTimeMillis();
      }
    }
    drain(pending, pending.size(), json, counts);
    int imported = counts[Outcome.IMPORTED.ordinal()];
    int duplicates = counts[Outcome.DUPLICATE.ordinal()];
    int rejected = counts[Outcome.REJECTED.ordinal()];
    json.writeEndArray();
    json.writeNumberField("imported", imported);
    json.writeNumberField("duplicates", duplicates);
    json.writeNumberField("rejected", rejected);
    json.writeEndObject();
    json.flush();
    log.info("Bulk intake by {}: {} imported, {} duplicates, {} rejected", caller, imported, duplicates, rejected);
    return new Totals(imported, duplicates, rejected);
  }

  /** Writes the answers of the oldest {@code count} rows, in the file's order, waiting for each. */
  private static void drain(Deque<Pending> pending, int count, JsonGenerator json, int[] counts) throws IOException {
    for (int i = 0; i < count && !pending.isEmpty(); i++) {
      Pending next = pending.poll();
      Result result = await(next.result());
      counts[result.outcome().ordinal()]++;
      write(json, next.row(), result);
    }
  }

  private static Result await(Future<Result> result) {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Bulk intake interrupted", e);
    } catch (ExecutionException e) {
      // importRow answers every failure as a rejected row; anything else is a defect to see.
      throw new IllegalStateException("Bulk intake row failed", e.getCause());
    }
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
    // The same reference in a parallel request winning the insert is handled by the submission itself
    // (IdempotentSubmissions retries and answers with the first claim: DUPLICATE).
    return submit(row.submission(), reference, caller);
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
