package cn.insure.claims.claim;

import cn.insure.claims.policy.ProductLine;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import cn.insure.claims.claim.ClaimSubmission.Claimant;
import cn.insure.claims.claim.ClaimSubmission.ClaimType;
import cn.insure.claims.claim.ClaimSubmission.DocumentUpload;
import cn.insure.claims.claim.ClaimSubmission.Loss;
import cn.insure.claims.claim.ClaimSubmission.Payee;
import cn.insure.claims.claim.ClaimSubmission.Peril;
import cn.insure.claims.policy.ProductLine;

/** Realistic claims against the demo policies (see db/demo). */
public final class ClaimFixtures {

  /** Every document a hospitalisation claim needs (claimDocumentChecklist). */
  public static final List<String> HOSPITALISATION_DOCUMENTS = List.of("CLAIM_FORM", "ID_DOCUMENT",
      "BANK_ACCOUNT_PROOF", "MEDICAL_INVOICE", "EXPENSE_LIST", "DISCHARGE_SUMMARY");

  private ClaimFixtures() {
  }

  /** 王小明's appendicitis stay in 深圳南山, all documents attached, paid to his bank account. */
  public static ClaimSubmission medicalClaimWithAllDocuments() {
    return medicalClaim(HOSPITALISATION_DOCUMENTS, true, "12800.00");
  }

  public static ClaimSubmission medicalClaimWithDocuments(List<String> types) {
    return medicalClaim(types, true, "12800.00");
  }

  public static ClaimSubmission medicalClaimPaidOffline() {
    return medicalClaim(HOSPITALISATION_DOCUMENTS, false, "12800.00");
  }

  public static ClaimSubmission medicalClaimOf(String amount) {
    return medicalClaim(HOSPITALISATION_DOCUMENTS, true, amount);
  }

  /** 陈建国's long stay in 上海浦东 on his high-end medical policy (sum insured 2,000,000 CNY). */
  public static ClaimSubmission highEndMedicalClaimOf(String amount) {
    return new ClaimSubmission("P-MED-2026-000003", ClaimSubmission.Channel.APP,
        new Claimant("陈建国", "13901762245", "chenjg@example.com", "310104197201185378"),
        new Loss(LocalDate.of(2026, 11, 2), "上海市东方医院", "310115", Peril.ILLNESS, "心脏搭桥手术",
            "11月2日突发心梗入院，行冠状动脉搭桥手术，ICU监护21天"),
        ProductLine.MEDICAL, ClaimType.HOSPITALISATION, new BigDecimal(amount),
        new Payee("陈建国", "中国银行", "6217850800012345678"),
        HOSPITALISATION_DOCUMENTS.stream().map(ClaimFixtures::pdf).toList());
  }

  static ClaimSubmission medicalClaim(List<String> documentTypes, boolean payOnline, String amount) {
    return new ClaimSubmission("P-MED-2026-000001", ClaimSubmission.Channel.APP,
        new Claimant("王小明", "13800138000", "wxm@example.com", "110101199003078888"),
        new Loss(LocalDate.of(2026, 11, 18), "深圳市南山区人民医院", "440305", Peril.ILLNESS, "急性阑尾炎住院",
            "11月18日夜间腹痛就医，诊断急性阑尾炎，住院手术5天"),
        ProductLine.MEDICAL, ClaimType.HOSPITALISATION, new BigDecimal(amount),
        payOnline ? new Payee("王小明", "招商银行", "6225880112345678") : null,
        documentTypes.stream().map(ClaimFixtures::pdf).toList());
  }

  /** A small but real PDF whose content (and so checksum) differs per document type. */
  public static DocumentUpload pdf(String type) {
    return new DocumentUpload(type, type.toLowerCase() + ".pdf", Base64.getEncoder().encodeToString(pdfBytes(type)));
  }

  public static byte[] pdfBytes(String text) {
    return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + " " + System.nanoTime() + "\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }
}
