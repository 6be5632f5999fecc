package cn.insure.claims.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import cn.insure.claims.system.privacy.PersonalData;

/** A policy as the API shows it: ID and phone numbers masked, names in clear. */
record PolicyView(String policyNumber, ProductLine productLine, String productName, Holder holder, Insured insured,
    BigDecimal sumInsured, String currency, LocalDate validFrom, LocalDate validTo, PolicyStatus status,
    String regionCode, Set<String> coveredPerils) {

  record Holder(String name, String idNumber, String phone) {
  }

  record Insured(String name, String idNumber) {
  }

  static PolicyView of(Policy policy) {
    return new PolicyView(policy.policyNumber(), policy.productLine(), policy.productName(),
        new Holder(policy.holder().name(), PersonalData.maskIdNumber(policy.holder().idNumber()),
            PersonalData.maskPhone(policy.holder().phone())),
        new Insured(policy.insured().name(), PersonalData.maskIdNumber(policy.insured().idNumber())),
        policy.sumInsured(), policy.currency(), policy.validFrom(), policy.validTo(), policy.status(),
        policy.regionCode(), policy.coveredPerils());
  }
}
