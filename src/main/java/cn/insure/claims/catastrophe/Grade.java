package cn.insure.claims.catastrophe;

/** The regulator's grades of a natural disaster or public event. */
public enum Grade {
  SIGNIFICANT("较大"),
  MAJOR("重大"),
  EXTRAORDINARY("特别重大");

  private final String chinese;

  Grade(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }
}
