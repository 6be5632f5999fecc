package cn.insure.claims.complaint;

import cn.insure.claims.complaint.ComplaintSubmission.Category;
import cn.insure.claims.complaint.ComplaintSubmission.Channel;
import cn.insure.claims.complaint.ComplaintSubmission.Complainant;

/** Realistic complaints against the demo policies (see db/demo) and claims made in the test. */
public final class ComplaintFixtures {

  private ComplaintFixtures() {
  }

  /** 李雷 could not get through to customer service about his medical policy. */
  public static ComplaintSubmission serviceComplaint() {
    return new ComplaintSubmission(Channel.ONLINE, new Complainant("李雷", "13900139000", "lilei@example.com"),
        "P-MED-2026-000001", null, Category.SERVICE, "客服电话长时间无人接听",
        "11月20日起连续三天拨打客服热线，每次排队超过40分钟无人接听，网上留言也没有回复。我的手机13900139000可随时联系。",
        "改进客服接听并回电说明", 1);
  }

  /** 王小明 finds his claim too slow; no category given, triage derives it from the claim. */
  public static ComplaintSubmission claimComplaint(String claimNumber) {
    return new ComplaintSubmission(Channel.PHONE, new Complainant("王小明", "13800138000", null), null, claimNumber,
        null, "理赔进度太慢", "住院理赔提交已两周，至今没有进展，多次来电都说在审核。", "尽快赔付", 1);
  }

  /** 王小明 disagrees with the rejection of his claim. */
  public static ComplaintSubmission rejectedClaimComplaint(String claimNumber) {
    return new ComplaintSubmission(Channel.ONLINE, new Complainant("王小明", "13800138000", "wxm@example.com"),
        "P-MED-2026-000001", claimNumber, null, "拒赔不合理",
        "理赔被以等待期内出险为由拒绝，但我入院时已过等待期，入院记录可以证明。", "重新审核并赔付", 1);
  }

  /** 陈女士 threatens to go to the press: major, for the crisis team. */
  public static ComplaintSubmission mediaComplaint() {
    return new ComplaintSubmission(Channel.EMAIL, new Complainant("陈静", null, "chenjing@example.com"), null, null,
        Category.SERVICE, "业务员承诺的返还没有兑现", "业务员当初承诺的保费返还至今没有兑现，再不处理我就联系记者曝光。",
        "兑现承诺", 1);
  }

  /**
   * One of many customers told at sale that their whole-life policy (P-LIFE-2026-000002, 终身寿险, used by
   * no other complaint of the tests) could be surrendered at no loss: a product complaint.
   */
  public static ComplaintSubmission misSoldWholeLifeComplaint(int customer) {
    return new ComplaintSubmission(Channel.ONLINE, new Complainant("客户" + customer, null,
        "customer" + customer + "@example.com"), "P-LIFE-2026-000002", null, Category.PRODUCT, "销售时承诺随时退保不亏",
        "购买终身寿险时业务员说随时退保不损失本金，现在退保只能拿回一半现金价值，条款与宣传不符。", "全额退还保费", 1);
  }

  /** Owners of one housing estate complain together about their typhoon claims. */
  public static ComplaintSubmission massComplaint(String claimNumber) {
    return new ComplaintSubmission(Channel.PHONE, new Complainant("赵建国", "13712345678", null), null, claimNumber,
        null, "台风理赔迟迟不赔", "台风过后我们小区十几户业主群体投诉：理赔报案两周无人查勘，要求尽快处理。",
        "一周内完成查勘定损", 12);
  }
}
