package cn.insure.claims.claim;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.insure.claims.notification.NoticeTemplates;
import cn.insure.claims.notification.NotificationOutbox;
import cn.insure.claims.numbering.CaseNumbers;
import cn.insure.claims.system.privacy.PersonalData;

/**
 * Every notice to a claimant: rendered from {@code notices/claim/<template>.txt}, kept on the claim
 * (its notices and timeline) and queued in the outbox in the step's own transaction, so that it is
 * delivered if and only if the step commits. Also the documents' names letters and forms show.
 */
@Component
class ClaimNotices {

  /** Document type codes and their Chinese names, for letters and forms. */
  static final Map<String, String> DOCUMENT_NAMES = Map.ofEntries(
      Map.entry("CLAIM_FORM", "理赔申请书"), Map.entry("ID_DOCUMENT", "身份证明"),
      Map.entry("BANK_ACCOUNT_PROOF", "领款账户证明"), Map.entry("MEDICAL_INVOICE", "医疗费用发票"),
      Map.entry("EXPENSE_LIST", "费用清单"), Map.entry("DISCHARGE_SUMMARY", "出院小结"),
      Map.entry("MEDICAL_RECORD", "病历"), Map.entry("DIAGNOSIS_REPORT", "疾病诊断证明"),
      Map.entry("ACCIDENT_PROOF", "意外事故证明"), Map.entry("DISABILITY_APPRAISAL", "伤残鉴定书"),
      Map.entry("DEATH_CERTIFICATE", "死亡证明"), Map.entry("BENEFICIARY_PROOF", "受益人关系证明"),
      Map.entry("HOUSEHOLD_CANCELLATION", "户籍注销证明"), Map.entry("LOSS_LIST", "损失清单"),
      Map.entry("DAMAGE_PHOTOS", "损失照片"), Map.entry("REPAIR_QUOTE", "维修报价单"),
      Map.entry("POLICE_REPORT", "报警回执"), Map.entry("PURCHASE_PROOF", "购买凭证"),
      Map.entry("DRIVING_LICENSE", "驾驶证"), Map.entry("VEHICLE_LICENSE", "行驶证"),
      Map.entry("ACCIDENT_REPORT", "交通事故认定书"), Map.entry("REPAIR_INVOICE", "维修发票"));

  private final ClaimRepository claims;
  private final NoticeTemplates templates;
  private final NotificationOutbox outbox;
  private final Clock clock;

  ClaimNotices(ClaimRepository claims, NoticeTemplates templates, NotificationOutbox outbox, Clock clock) {
    this.claims = claims;
    this.templates = templates;
    this.outbox = outbox;
    this.clock = clock;
  }

  void notify(Claim claim, String kind, String template, Map<String, String> values) {
    Map<String, Object> all = new LinkedHashMap<>(values);
    all.put("claimNumber", claim.claimNumber());
    all.put("claimantName", claim.claimantName());
    all.put("policyNumber", claim.policyNumber());
    NoticeTemplates.Rendered notice = templates.render(template, all);
    Instant now = clock.instant();
    String noticeId = claims.addNotice(claim.claimNumber(), new ClaimRepository.Notice(kind, claim.claimantName()
        + " " + PersonalData.maskPhone(claim.claimantPhone()), notice.subject(), notice.body(), now));
    // Same transaction as the step: the notice is delivered if and only if the step commits.
    outbox.enqueue(claim.claimNumber(), kind, new NotificationOutbox.Contact(claim.claimantPhone(),
        claim.claimantEmail()), notice.subject(), notice.body(), "claim-notice:" + noticeId);
    claims.addEvent(claim.claimNumber(), now, "NOTICE_SENT", "已发出通知（短信/邮件） Notice issued by SMS/e-mail: "
        + notice.subject(), null);
  }

  static String names(List<String> types) {
    return types.stream().map(t -> DOCUMENT_NAMES.getOrDefault(t, t) + "(" + t + ")").collect(Collectors.joining("、"));
  }

  static String bulletList(List<String> types) {
    return types.stream().map(t -> "  · " + DOCUMENT_NAMES.getOrDefault(t, t) + "（" + t + "）")
        .collect(Collectors.joining("\n"));
  }

  static String day(Instant instant) {
    return LocalDate.ofInstant(instant, CaseNumbers.BUSINESS_ZONE).toString();
  }
}
