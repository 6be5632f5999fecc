package cn.insure.claims.system.identity;

import java.util.List;

/**
 * The groups of the business (see the domain brief): ids are fixed, process models use them as
 * candidate groups and the authorizations below are granted to them.
 */
public final class Roles {

  public static final String CLAIMS_SPECIALISTS = "claims-specialists";
  public static final String CLAIMS_SUPERVISORS = "claims-supervisors";
  public static final String CLAIMS_MANAGERS = "claims-managers";
  public static final String FINANCE = "finance";
  public static final String COMPLAINTS_OFFICERS = "complaints-officers";
  public static final String COMPLAINTS_SUPERVISORS = "complaints-supervisors";
  public static final String CRISIS_TEAM = "crisis-team";
  public static final String QUALITY_INSPECTORS = "quality-inspectors";
  public static final String CUSTOMER_SERVICE = "customer-service";
  public static final String INSURANCE_ADVISORS = "insurance-advisors";
  public static final String PROCESS_ANALYSTS = "process-analysts";
  public static final String CHANNEL_SYSTEMS = "channel-systems";
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  /** Group id and its display name, in the order Admin lists them. */
  record Group(String id, String name, String type) {
  }

  static final List<Group> ALL = List.of(
      new Group(CLAIMS_SPECIALISTS, "理赔专员 Claims specialists", "WORKFLOW"),
      new Group(CLAIMS_SUPERVISORS, "理赔主管 Claims supervisors", "WORKFLOW"),
      new Group(CLAIMS_MANAGERS, "理赔部门经理 Claims managers", "WORKFLOW"),
      new Group(FINANCE, "财务 Finance", "WORKFLOW"),
      new Group(COMPLAINTS_OFFICERS, "投诉专员 Complaints officers", "WORKFLOW"),
      new Group(COMPLAINTS_SUPERVISORS, "投诉主管 Complaints supervisors", "WORKFLOW"),
      new Group(CRISIS_TEAM, "危机处理小组 Crisis team", "WORKFLOW"),
      new Group(QUALITY_INSPECTORS, "质检 Quality inspectors", "WORKFLOW"),
      new Group(CUSTOMER_SERVICE, "客服 Customer service", "WORKFLOW"),
      new Group(INSURANCE_ADVISORS, "保险顾问 Insurance advisors", "WORKFLOW"),
      new Group(PROCESS_ANALYSTS, "流程分析师 Process analysts", "SYSTEM"),
      new Group(CHANNEL_SYSTEMS, "渠道系统 Channel systems", "SYSTEM"),
      new Group(CAMUNDA_ADMIN, "系统管理员 Administrators", "SYSTEM"));

  /** Groups of people who work tasks in Tasklist. */
  static final List<String> STAFF = List.of(CLAIMS_SPECIALISTS, CLAIMS_SUPERVISORS, CLAIMS_MANAGERS, FINANCE,
      COMPLAINTS_OFFICERS, COMPLAINTS_SUPERVISORS, CRISIS_TEAM, QUALITY_INSPECTORS, CUSTOMER_SERVICE,
      INSURANCE_ADVISORS);

  /** Staff who work claims (and so see the catastrophe green channel). */
  static final List<String> CLAIMS_STAFF = List.of(CLAIMS_SPECIALISTS, CLAIMS_SUPERVISORS, CLAIMS_MANAGERS, FINANCE,
      QUALITY_INSPECTORS);

  private Roles() {
  }
}
