package cn.insure.claims.claim.bulk;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.insure.claims.claim.ClaimSubmission;
import cn.insure.claims.policy.ProductLine;
import cn.insure.claims.system.errors.ApiException;
import cn.insure.claims.system.errors.ApiProblems;
import cn.insure.claims.system.text.PlainText;

/**
 * Claims from CSV with a header row naming the columns (in any order). Claims taken by hand carry
 * neither payee nor documents: they are paid offline unless a bank account is sent later, and the
 * customer is asked once for every document.
 */
final class CsvClaimRows implements BulkRows {

  static final List<String> COLUMNS = List.of("externalReference", "policyNumber", "channel", "claimantName",
      "claimantPhone", "claimantIdNumber", "lossDate", "lossPlace", "regionCode", "peril", "cause", "productLine",
      "claimType", "claimedAmount");

  /** Validation paths of a claim and the CSV column each comes from. */
  static final Map<String, String> COLUMN_OF_PROPERTY = Map.ofEntries(
      Map.entry("policyNumber", "policyNumber"), Map.entry("channel", "channel"),
      Map.entry("claimant.name", "claimantName"), Map.entry("claimant.phone", "claimantPhone"),
      Map.entry("claimant.idNumber", "claimantIdNumber"), Map.entry("loss.date", "lossDate"),
      Map.entry("loss.place", "lossPlace"), Map.entry("loss.regionCode", "regionCode"),
      Map.entry("loss.peril", "peril"), Map.entry("loss.cause", "cause"), Map.entry("productLine", "productLine"),
      Map.entry("claimType", "claimType"), Map.entry("claimedAmount", "claimedAmount"));

  private final CsvRecords records;
  private final Map<String, Integer> index = new HashMap<>();
  private int row;

  /** Reads the header row; a header that lacks or adds columns refuses the whole file (400). */
  CsvClaimRows(Reader reader) throws IOException {
    this.records = new CsvRecords(reader);
    List<String> header = records.next();
    if (header == null) {
      throw new ApiException(ApiProblems.invalid("The file is empty; send a header row and one row per claim",
          List.of(new ApiProblems.FieldError("header", "expected " + String.join(",", COLUMNS)))));
    }
    List<ApiProblems.FieldError> errors = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).replace("\uFEFF", "").trim();
      if (!COLUMNS.contains(name)) {
        errors.add(new ApiProblems.FieldError("header", "unknown column '" + name + "'"));
      } else if (index.putIfAbsent(name, i) != null) {
        errors.add(new ApiProblems.FieldError("header", "column '" + name + "' appears twice"));
      }
    }
    Set<String> missing = new LinkedHashSet<>(COLUMNS);
    missing.removeAll(index.keySet());
    missing.forEach(name -> errors.add(new ApiProblems.FieldError("header", "missing column '" + name + "'")));
    if (!errors.isEmpty()) {
      throw new ApiException(ApiProblems.invalid("The header row must name the columns " + String.join(",", COLUMNS)
          + " (in any order); nothing was imported", errors));
    }
  }

  @Override
  public BulkRow next() throws IOException {
    List<String> fields = records.next();
    if (fields == null) {
      return null;
    }
    row++;
    String reference = cell(fields, "externalReference");
    List<ApiProblems.FieldError> errors = new ArrayList<>();
    if (fields.size() != index.size()) {
      errors.add(new ApiProblems.FieldError("row", "has " + fields.size() + " fields, the header " + index.size()));
      return BulkRow.unreadable(row, reference, errors);
    }
    for (String column : COLUMNS) {
      String problem = PlainText.problem(cell(fields, column));
      if (problem != null) {
        errors.add(new ApiProblems.FieldError(column, problem));
      }
    }
    ClaimSubmission.Channel channel = enumCell(fields, "channel", ClaimSubmission.Channel.class, errors);
    ClaimSubmission.Peril peril = enumCell(fields, "peril", ClaimSubmission.Peril.class, errors);
    ProductLine productLine = enumCell(fields, "productLine", ProductLine.class, errors);
    ClaimSubmission.ClaimType claimType = enumCell(fields, "claimType", ClaimSubmission.ClaimType.class, errors);
    LocalDate lossDate = null;
    if (cell(fields, "lossDate") != null) {
      try {
        lossDate = LocalDate.parse(cell(fields, "lossDate"));
      } catch (DateTimeParseException e) {
        errors.add(new ApiProblems.FieldError("lossDate", "expected a date like 2026-11-18, got '"
            + cell(fields, "lossDate") + "'"));
      }
    }
    BigDecimal amount = null;
    if (cell(fields, "claimedAmount") != null) {
      try {
        amount = new BigDecimal(cell(fields, "claimedAmount").replace(",", ""));
      } catch (NumberFormatException e) {
        errors.add(new ApiProblems.FieldError("claimedAmount", "expected an amount like 8600.00, got '"
            + cell(fields, "claimedAmount") + "'"));
      }
    }
    if (!errors.isEmpty()) {
      return BulkRow.unreadable(row, reference, errors);
    }
    return BulkRow.readable(row, reference, new ClaimSubmission(cell(fields, "policyNumber"), channel,
        new ClaimSubmission.Claimant(cell(fields, "claimantName"), cell(fields, "claimantPhone"), null,
            cell(fields, "claimantIdNumber")),
        new ClaimSubmission.Loss(lossDate, cell(fields, "lossPlace"), cell(fields, "regionCode"), peril,
            cell(fields, "cause"), null),
        productLine, claimType, amount, null, List.of()));
  }

  private String cell(List<String> fields, String column) {
    Integer i = index.get(column);
    if (i == null || i >= fields.size()) {
      return null;
    }
    String value = fields.get(i).trim();
    return value.isEmpty() ? null : value;
  }

  private <E extends Enum<E>> E enumCell(List<String> fields, String column, Class<E> type,
      List<ApiProblems.FieldError> errors) {
    String value = cell(fields, column);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      errors.add(new ApiProblems.FieldError(column, "expected one of " + Arrays.toString(type.getEnumConstants())
          + ", got '" + value + "'"));
      return null;
    }
  }
}
