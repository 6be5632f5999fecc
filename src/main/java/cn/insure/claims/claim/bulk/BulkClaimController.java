package cn.insure.claims.claim.bulk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.system.errors.ApiException;
import cn.insure.claims.system.identity.Roles;
import cn.insure.claims.system.security.CallerGroups;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /api/claims/bulk}: claims taken by hand, as CSV ({@code text/csv}, UTF-8, header row)
 * or JSON lines ({@code application/x-ndjson}). The request is read and the answer written row by
 * row on the request thread, so tens of thousands of rows go through one request: the client sees
 * answers while it is still sending, and nothing waits on an asynchronous timeout.
 */
@RestController
class BulkClaimController {

  static final String NDJSON = "application/x-ndjson";
  static final List<String> SUBMITTERS = List.of(Roles.CHANNEL_SYSTEMS, Roles.CLAIMS_SPECIALISTS, Roles.CAMUNDA_ADMIN);

  private final BulkClaimIntake intake;
  private final ObjectMapper objectMapper;

  BulkClaimController(BulkClaimIntake intake, ObjectMapper objectMapper) {
    this.intake = intake;
    this.objectMapper = objectMapper;
  }

  @PostMapping(path = "/api/claims/bulk", consumes = {"text/csv", NDJSON}, produces = MediaType.APPLICATION_JSON_VALUE)
  void importClaims(HttpServletRequest request, HttpServletResponse response, Authentication caller)
      throws IOException {
    CallerGroups.requireAny(caller, SUBMITTERS, "Bulk intake of claims");
    MediaType type = MediaType.parseMediaType(request.getContentType());
    if (type.getCharset() != null && !StandardCharsets.UTF_8.equals(type.getCharset())) {
      throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-charset", "字符集不支持 Unsupported charset",
          "Send the file in UTF-8 (got " + type.getCharset() + ").");
    }
    BufferedReader reader = new BufferedReader(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8));
    boolean csv = type.isCompatibleWith(MediaType.parseMediaType("text/csv"));
    // A CSV header that does not name the columns refuses the file here, before any answer is written.
    BulkRows rows = csv ? new CsvClaimRows(reader) : new NdjsonClaimRows(reader, objectMapper);
    Map<String, String> columnOfProperty = csv ? CsvClaimRows.COLUMN_OF_PROPERTY : Map.of();
    response.setStatus(HttpStatus.OK.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    try (JsonGenerator json = objectMapper.getFactory().createGenerator(response.getOutputStream())) {
      intake.importAll(rows, columnOfProperty, caller.getName(), json);
    }
  }
}
