package cn.insure.claims.claim;

/** Where a claim stands, in words a customer understands (Chinese and English). */
public enum ClaimStatus {
  REGISTERED("已受理", "Received"),
  AWAITING_DOCUMENTS("等待补充资料", "Waiting for missing documents"),
  UNDER_REVIEW("审核中", "Under review"),
  APPROVED("已核定赔付", "Approved, payment in progress"),
  REJECTED("已拒赔", "Rejected"),
  PAID("已赔付", "Paid"),
  IN_RECONSIDERATION("复议中", "Dispute under reconsideration"),
  ARCHIVED("已结案归档", "Closed and archived");

  private final String chinese;
  private final String english;

  ClaimStatus(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  public String chinese() {
    return chinese;
  }

  public String english() {
    return english;
  }
}
