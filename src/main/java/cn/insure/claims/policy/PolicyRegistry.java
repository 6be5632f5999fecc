package cn.insure.claims.policy;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** Looks policies up in the register. Claim intake uses {@link #require(String)}. */
@Service
public class PolicyRegistry {

  private final PolicyRepository policies;

  PolicyRegistry(PolicyRepository policies) {
    this.policies = policies;
  }

  /**
   * The policy with this number, if the register has it. Surrounding blanks and lower case, as typed by a
   * customer or read out on the phone, are forgiven.
   */
  public Optional<Policy> find(String policyNumber) {
    if (policyNumber == null || policyNumber.isBlank()) {
      return Optional.empty();
    }
    return policies.find(policyNumber.trim().toUpperCase(Locale.ROOT));
  }

  /**
   * The policy with this number.
   *
   * @throws UnknownPolicyException if the register has none
   */
  public Policy require(String policyNumber) {
    return find(policyNumber).orElseThrow(() -> new UnknownPolicyException(policyNumber));
  }

  PolicyPage list(ProductLine productLine, PolicyStatus status, int page, int size) {
    return policies.list(productLine, status, page, size);
  }
}
