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
    String line = reader.readLine();
    while (line != null && line.isBlank()) {
      line = reader.readLine();
    }
    if (line == null) {
      return null;
    }
    row++;
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
