package cn.insure.claims.policy;

/** The register has no policy with the number a caller gave. */
public class UnknownPolicyException extends RuntimeException {

  private final String policyNumber;

  public UnknownPolicyException(String policyNumber) {
    super("No policy " + policyNumber + " in the policy register");
    this.policyNumber = policyNumber;
  }

  public String policyNumber() {
    return policyNumber;
  }
}
