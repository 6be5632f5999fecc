package cn.insure.claims.complaint;

/** Where a complaint stands, in words a complainant understands (Chinese and English). */
public enum ComplaintStatus {
  RECEIVED("已受理", "Received"),
  IN_HANDLING("处理中", "Being handled"),
  ESCALATED("已升级主管处理", "Taken over by a supervisor"),
  AWAITING_EXTENSION_APPROVAL("延期审批中", "Extension awaiting approval"),
  IN_CRISIS_HANDLING("危机处理小组处理中", "Handled by the crisis team"),
  IN_CLAIM_RECONSIDERATION("理赔复议中", "The claim is being reconsidered"),
  RESULT_SENT("已告知处理结果", "Result sent, awaiting your feedback"),
  IN_REVIEW("核查中", "Under review one level up"),
  CLOSED("已结案", "Closed");

  private final String chinese;
  private final String english;

  ComplaintStatus(String chinese, String english) {
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
