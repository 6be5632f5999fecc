package cn.insure.claims.consultation;

/** Where a consultation stands, in the customer's words too. */
public enum ConsultationStatus {
  RECEIVED("已受理，等待答复", "Received, waiting for the answer"),
  WITH_ADVISOR("已转保险顾问解答", "With an insurance advisor"),
  ANSWERED("已答复", "Answered"),
  TURNED_INTO_CLAIM("已转理赔报案", "Taken up as a claim"),
  TURNED_INTO_COMPLAINT("已转投诉处理", "Taken up as a complaint");

  private final String chinese;
  private final String english;

  ConsultationStatus(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  public String words() {
    return chinese + " " + english;
  }
}
