package cn.insure.claims.claim.bulk;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.insure.claims.claim.ClaimSubmission;
import cn.insure.claims.system.errors.ApiProblems;

/**
 * Claims from JSON lines: one claim per line in the shape of {@code POST /api/claims}, plus its
 * {@code externalReference}. Blank lines are skipped.
 */
final class NdjsonClaimRows implements BulkRows {

  static final String REFERENCE = "externalReference";

  private final BufferedReader reader;
  private final ObjectMapper objectMapper;
  private int row;

  NdjsonClaimRows(BufferedReader reader, ObjectMapper objectMapper) {
    this.reader = reader;
    this.objectMapper = objectMapper;
  }

  @Override
  public BulkRow next() throws IOException {
    String line = boundedLine();
    while (line != null && line.isBlank()) {
      line = boundedLine();
    }
    if (line == null) {
      return null;
    }
    row++;
    if (line == TOO_LONG) {
      return BulkRow.unreadable(row, null, List.of(new ApiProblems.FieldError("line", "is longer than "
          + CsvRecords.MAX_RECORD_CHARS + " characters; send one claim per line and documents by upload")));
    }
    JsonNode node;
    try {
      node = objectMapper.readTree(line);
    } catch (JsonProcessingException e) {
      return BulkRow.unreadable(row, null, List.of(new ApiProblems.FieldError("line", "is not well-formed JSON: "
          + e.getOriginalMessage())));
    }
    if (!(node instanceof ObjectNode claim)) {
      return BulkRow.unreadable(row, null, List.of(new ApiProblems.FieldError("line", "must be a JSON object")));
    }
    JsonNode reference = claim.remove(REFERENCE);
    String externalReference = reference == null || reference.isNull() ? null : reference.asText();
    try {
      return BulkRow.readable(row, externalReference, objectMapper.treeToValue(claim, ClaimSubmission.class));
    } catch (JsonProcessingException e) {
      return BulkRow.unreadable(row, externalReference, List.of(fieldError(e)));
    }
  }

  /** Stands for a line over the limit, whose rest was read and dropped. */
  private static final String TOO_LONG = new String("line too long");

  /**
   * The next line, or {@code null} at the end: a line is read only up to the limit a CSV record has,
   * so one endless line is never held in memory; the rest of a longer one is skipped.
   */
  private String boundedLine() throws IOException {
    StringBuilder line = new StringBuilder();
    int c = reader.read();
    if (c == -1) {
      return null;
    }
    while (c != -1 && c != '\n') {
      if (line.length() == CsvRecords.MAX_RECORD_CHARS) {
        while (c != -1 && c != '\n') {
          c = reader.read();
        }
        return TOO_LONG;
      }
      line.append((char) c);
      c = reader.read();
    }
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\r') {
      line.setLength(end - 1);
    }
    return line.toString();
  }

  private static ApiProblems.FieldError fieldError(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
      return new ApiProblems.FieldError("line", e.getOriginalMessage());
    }
    String path = mapping.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
    if (e instanceof UnrecognizedPropertyException unknown) {
      return new ApiProblems.FieldError(path, "unknown field; allowed here: " + unknown.getKnownPropertyIds());
    }
    if (e instanceof InvalidFormatException format && format.getTargetType() != null
        && format.getTargetType().isEnum()) {
      return new ApiProblems.FieldError(path, "expected one of " + Arrays.toString(
          format.getTargetType().getEnumConstants()) + ", got '" + format.getValue() + "'");
    }
    if (e instanceof InvalidFormatException format) {
      return new ApiProblems.FieldError(path, "has the wrong type or format: '" + format.getValue() + "'");
    }
    return new ApiProblems.FieldError(path, "has the wrong type");
  }
}
