package cn.insure.claims.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import cn.insure.claims.system.privacy.PersonalData;

/**
 * A policy (保单) as the register holds it.
 *
 * @param policyNumber  e.g. {@code P-MED-2026-000001}
 * @param holder        the policyholder (投保人), who pays and is contacted
 * @param insured       the insured person (被保险人), whose loss is covered; the holder again on most policies
 * @param sumInsured    the sum insured (保险金额) in {@code currency}
 * @param validFrom     first day of the policy period, inclusive
 * @param validTo       last day of the policy period, inclusive
 * @param regionCode    6-digit administrative division code of the insured risk, e.g. {@code 440305} 深圳南山
 * @param coveredPerils the perils (风险) covered: ILLNESS, ACCIDENT, FIRE, THEFT, TYPHOON, FLOOD, RAINSTORM,
 *                      EARTHQUAKE, COLLISION
 */
public record Policy(String policyNumber, ProductLine productLine, String productName, Person holder, Person insured,
    BigDecimal sumInsured, String currency, LocalDate validFrom, LocalDate validTo, PolicyStatus status,
    String regionCode, Set<String> coveredPerils) {

  public Policy {
    Objects.requireNonNull(policyNumber, "policyNumber");
    Objects.requireNonNull(productLine, "productLine");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validTo, "validTo");
    Objects.requireNonNull(status, "status");
    coveredPerils = Collections.unmodifiableSortedSet(new TreeSet<>(coveredPerils));
  }

  /** Whether this policy pays for a loss by {@code peril} on {@code lossDate}. */
  public boolean covers(String peril, LocalDate lossDate) {
    return coverageProblem(peril, lossDate) == null;
  }

  /**
   * Why this policy does not pay for a loss by {@code peril} on {@code lossDate}, in Chinese and English, ready
   * for a rejection notice; {@code null} when it does. The first problem found is given, in the order status,
   * policy period, peril.
   */
  public String coverageProblem(String peril, LocalDate lossDate) {
    Objects.requireNonNull(peril, "peril");
    Objects.requireNonNull(lossDate, "lossDate");
    if (status != PolicyStatus.ACTIVE) {
      return "保单%s，不承担保险责任 Policy %s is %s and covers no loss".formatted(status.chineseName(), policyNumber,
          status);
    }
    if (lossDate.isBefore(validFrom) || lossDate.isAfter(validTo)) {
      return "出险日期%s不在保险期间%s至%s内 Loss date %s is outside the policy period %s to %s".formatted(lossDate,
          validFrom, validTo, lossDate, validFrom, validTo);
    }
    if (!coveredPerils.contains(peril)) {
      return "保单不承保该风险（%s） Peril %s is not covered by policy %s, which covers %s".formatted(peril, peril,
          policyNumber, String.join(", ", coveredPerils));
    }
    return null;
  }

  /**
   * A person named on the policy. {@code toString()} masks the ID and phone numbers, so that a policy written to
   * a log by mistake does not leak them.
   *
   * @param idNumber resident ID number (身份证号)
   * @param phone    mobile number; {@code null} for the insured
   */
  public record Person(String name, String idNumber, String phone) {

    @Override
    public String toString() {
      return "Person[name=%s, idNumber=%s, phone=%s]".formatted(name, PersonalData.maskIdNumber(idNumber),
          PersonalData.maskPhone(phone));
    }
  }
}
