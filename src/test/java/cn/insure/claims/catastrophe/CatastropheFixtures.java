package cn.insure.claims.catastrophe;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.insure.claims.claim.ClaimFixtures;
import cn.insure.claims.claim.ClaimSubmission;
import cn.insure.claims.claim.ClaimSubmission.Claimant;
import cn.insure.claims.claim.ClaimSubmission.ClaimType;
import cn.insure.claims.claim.ClaimSubmission.Loss;
import cn.insure.claims.claim.ClaimSubmission.Payee;
import cn.insure.claims.claim.ClaimSubmission.Peril;
import cn.insure.claims.numbering.CaseNumbers;
import cn.insure.claims.policy.ProductLine;

/**
 * A typhoon over Shenzhen and Zhuhai and the claims it brings, against the demo policies that
 * cover typhoon, flood and rainstorm. Each test names its own district so that its event and its
 * claims do not meet another test's.
 */
public final class CatastropheFixtures {

  /** What the reduced green-channel checklist asks of a property or vehicle claim. */
  public static final List<String> GREEN_DAMAGE_DOCUMENTS = List.of("CLAIM_FORM", "ID_DOCUMENT", "DAMAGE_PHOTOS");
  /** What a property damage claim needs outside the green channel. */
  public static final List<String> PROPERTY_DAMAGE_DOCUMENTS = List.of("CLAIM_FORM", "ID_DOCUMENT",
      "BANK_ACCOUNT_PROOF", "LOSS_LIST", "DAMAGE_PHOTOS", "REPAIR_QUOTE");
  /** What a vehicle damage claim needs outside the green channel. */
  public static final List<String> VEHICLE_DAMAGE_DOCUMENTS = List.of("CLAIM_FORM", "ID_DOCUMENT",
      "BANK_ACCOUNT_PROOF", "DRIVING_LICENSE", "VEHICLE_LICENSE", "ACCIDENT_REPORT", "REPAIR_INVOICE", "DAMAGE_PHOTOS");

  private CatastropheFixtures() {
  }

  /** 2026年第18号台风 over the given regions, with the default limits (10,000 / 3,000 CNY, 30% advance). */
  public static CatastropheDeclaration typhoon(String... regionCodes) {
    return declaration("2026年第18号台风“海燕”", List.of(Peril.TYPHOON, Peril.FLOOD), regionCodes);
  }

  public static CatastropheDeclaration declaration(String name, List<Peril> perils, String... regionCodes) {
    LocalDate today = LocalDate.now(CaseNumbers.BUSINESS_ZONE);
    return new CatastropheDeclaration(name, Grade.MAJOR, List.of(regionCodes), perils, today.minusDays(3),
        today.plusDays(4), null, null, null);
  }

  /** 何家豪's flat (家庭财产综合保险 P-PRP-2026-000001): windows and floor, paid to his account. */
  public static ClaimSubmission homeDamage(String regionCode, Peril peril, String amount, List<String> documents) {
    return new ClaimSubmission("P-PRP-2026-000001", ClaimSubmission.Channel.APP,
        new Claimant("何家豪", "13510926634", "hjh@example.com", "441302198304192573"),
        new Loss(yesterday(), "深圳市" + regionCode + " 滨海花园3栋1202", regionCode, peril, "台风导致阳台玻璃破碎、客厅进水",
            "窗户玻璃两扇破碎，木地板泡水约20平方米"),
        ProductLine.PROPERTY, ClaimType.PROPERTY_DAMAGE, new BigDecimal(amount),
        new Payee("何家豪", "中国银行", "6214830212345678"), documents.stream().map(ClaimFixtures::pdf).toList());
  }

  /** 罗文's shop (商铺财产一切险 P-PRP-2026-000003): stock soaked by the flood. */
  public static ClaimSubmission shopDamage(String regionCode, Peril peril, String amount, List<String> documents) {
    return new ClaimSubmission("P-PRP-2026-000003", ClaimSubmission.Channel.WECHAT,
        new Claimant("罗文", "18688705512", null, "350203196906111733"),
        new Loss(yesterday(), "深圳市" + regionCode + " 华强北路商铺", regionCode, peril, "台风暴雨倒灌，店内货品受潮",
            null),
        ProductLine.PROPERTY, ClaimType.PROPERTY_DAMAGE, new BigDecimal(amount),
        new Payee("罗文", "招商银行", "6225880187654321"), documents.stream().map(ClaimFixtures::pdf).toList());
  }

  /** 邓丽's car (车损险 P-AUTO-2026-000002), flooded in an underground car park. */
  public static ClaimSubmission carDamage(String regionCode, Peril peril, String amount, List<String> documents) {
    return new ClaimSubmission("P-AUTO-2026-000002", ClaimSubmission.Channel.PHONE,
        new Claimant("邓丽", "13702569984", null, "440402198811230545"),
        new Loss(yesterday(), "珠海市" + regionCode + " 地下停车场", regionCode, peril, "地下车库进水，车辆泡水熄火", null),
        ProductLine.AUTO, ClaimType.VEHICLE_DAMAGE, new BigDecimal(amount),
        new Payee("邓丽", "工商银行", "6222020402123456789"), documents.stream().map(ClaimFixtures::pdf).toList());
  }

  /** 梁淑芬's home in Zhuhai (P-PRP-2026-000002). */
  public static ClaimSubmission zhuhaiHomeDamage(String regionCode, Peril peril, String amount,
      List<String> documents) {
    return new ClaimSubmission("P-PRP-2026-000002", ClaimSubmission.Channel.WEB,
        new Claimant("梁淑芬", "13631288457", null, "440803197608021288"),
        new Loss(yesterday(), "珠海市" + regionCode + " 海景小区", regionCode, peril, "暴雨致屋顶漏水，家具受损", null),
        ProductLine.PROPERTY, ClaimType.PROPERTY_DAMAGE, new BigDecimal(amount),
        new Payee("梁淑芬", "建设银行", "6217000260012345678"), documents.stream().map(ClaimFixtures::pdf).toList());
  }

  private static LocalDate yesterday() {
    return LocalDate.now(CaseNumbers.BUSINESS_ZONE).minusDays(1);
  }
}
