package cn.insure.claims.policy;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * {@code /api/policies}: one policy by number, or a page of the register filtered by product line and status.
 * Readers are checked by {@link PolicyReaders}; ID and phone numbers leave masked ({@link PolicyView}).
 */
@RestController
@RequestMapping("/api/policies")
class PolicyController {

  static final int MAX_PAGE_SIZE = 100;

  private static final URI UNKNOWN_POLICY = URI.create("https://claims.insure.cn/problems/unknown-policy");
  private static final URI INVALID_QUERY = URI.create("https://claims.insure.cn/problems/invalid-query");

  private final PolicyRegistry registry;

  PolicyController(PolicyRegistry registry) {
    this.registry = registry;
  }

  /** A page of the register; {@code page} counts from 0. */
  record PolicyList(List<PolicyView> items, int page, int size, long totalItems, int totalPages) {
  }

  /** One thing wrong with a request parameter, listed under {@code errors} in a 400 problem. */
  record InvalidParameter(String field, String message) {
  }

  @GetMapping("/{policyNumber}")
  PolicyView policy(@PathVariable String policyNumber, Authentication caller) {
    PolicyReaders.requireReader(caller);
    return PolicyView.of(registry.require(policyNumber));
  }

  @GetMapping
  PolicyList policies(@RequestParam(required = false) String productLine,
      @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size, Authentication caller) {
    PolicyReaders.requireReader(caller);
    List<InvalidParameter> errors = new ArrayList<>();
    ProductLine line = parse(ProductLine.class, "productLine", productLine, errors);
    PolicyStatus policyStatus = parse(PolicyStatus.class, "status", status, errors);
    if (page < 0) {
      errors.add(new InvalidParameter("page", "must be 0 or more (the first page is 0)"));
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      errors.add(new InvalidParameter("size", "must be between 1 and " + MAX_PAGE_SIZE));
    }
    if (!errors.isEmpty()) {
      throw new ErrorResponseException(HttpStatus.BAD_REQUEST, invalidQuery(errors), null);
    }
    PolicyPage result = registry.list(line, policyStatus, page, size);
    return new PolicyList(result.items().stream().map(PolicyView::of).toList(), result.page(), result.size(),
        result.totalItems(), result.totalPages());
  }

  @ExceptionHandler(UnknownPolicyException.class)
  ProblemDetail unknownPolicy(UnknownPolicyException unknown) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
        "The policy register has no policy " + unknown.policyNumber() + ". Check the policy number (保单号) on the "
            + "policy schedule: P-, the product line (MED, ACC, PRP, AUTO or LIFE), the year of issue and six "
            + "digits, e.g. P-MED-2026-000001.");
    problem.setType(UNKNOWN_POLICY);
    problem.setTitle("Unknown policy");
    problem.setProperty("policyNumber", unknown.policyNumber());
    return problem;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail notAWholeNumber(MethodArgumentTypeMismatchException mismatch) {
    return invalidQuery(List.of(new InvalidParameter(mismatch.getName(), "must be a whole number")));
  }

  private static ProblemDetail invalidQuery(List<InvalidParameter> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Correct the query parameters "
        + errors.stream().map(InvalidParameter::field).collect(Collectors.joining(", ")) + ": see errors.");
    problem.setType(INVALID_QUERY);
    problem.setTitle("Invalid query parameters");
    problem.setProperty("errors", errors);
    return problem;
  }

  /** A blank value means "no filter"; letter case is forgiven. */
  private static <E extends Enum<E>> E parse(Class<E> type, String field, String value,
      List<InvalidParameter> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException notOneOfThem) {
      errors.add(new InvalidParameter(field, "must be one of " + Arrays.stream(type.getEnumConstants())
          .map(Enum::name).collect(Collectors.joining(", "))));
      return null;
    }
  }
}
