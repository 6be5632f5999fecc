package cn.insure.claims.policy;

/** The product lines (险种) the insurer sells; each has its own document checklist and perils. */
public enum ProductLine {

  MEDICAL("医疗险"),
  ACCIDENT("意外险"),
  PROPERTY("财产险"),
  AUTO("车险"),
  LIFE("寿险");

  private final String chineseName;

  ProductLine(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The name staff and customers use, for letters and forms. */
  public String chineseName() {
    return chineseName;
  }
}
