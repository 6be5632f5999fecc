package cn.insure.claims.policy;

/**
 * Where a policy stands in the register. Only an {@link #ACTIVE} policy covers a loss. There is no
 * "expired": the end of the period is a date, checked against the loss date (see {@link Policy#covers}).
 */
public enum PolicyStatus {

  /** 有效: in force for losses inside its period. */
  ACTIVE("有效"),
  /** 失效: lapsed, typically for an unpaid renewal premium; may be reinstated (复效). */
  LAPSED("已失效"),
  /** 已退保: ended early by the policyholder or the insurer. */
  CANCELLED("已退保");

  private final String chineseName;

  PolicyStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
