package cn.insure.claims.consultation;

import cn.insure.claims.consultation.ConsultationSubmission.Channel;
import cn.insure.claims.consultation.ConsultationSubmission.Customer;
import cn.insure.claims.consultation.ConsultationSubmission.Topic;

/** Questions customers really ask. */
public final class ConsultationFixtures {

  private ConsultationFixtures() {
  }

  /** 王小明 asks in the app whether his medical policy covers day surgery. */
  public static ConsultationSubmission coverageQuestion() {
    return new ConsultationSubmission(Channel.APP, new Customer("王小明", "13800138000"), "P-MED-2026-000001", null,
        Topic.POLICY, "我的医疗险是否涵盖日间手术？门诊做的微创手术能报销吗？");
  }

  /** 王小明 phones in: what sounds like a question is really a loss report. */
  public static ConsultationSubmission lossReportByPhone() {
    return new ConsultationSubmission(Channel.PHONE, new Customer("王小明", "13800138000"), "P-MED-2026-000001", null,
        Topic.CLAIMS_PROCESS, "我昨天因急性阑尾炎住院手术，想问问怎么申请理赔，需要准备什么材料？");
  }

  /** 李雷 asks about the claims process and is angry about the service. */
  public static ConsultationSubmission angryQuestion() {
    return new ConsultationSubmission(Channel.WECHAT, new Customer("李雷", "13900139000"), "P-MED-2026-000001", null,
        Topic.OTHER, "为什么客服电话总是打不通？我要投诉你们的服务，已经三天没人回复了。");
  }
}
