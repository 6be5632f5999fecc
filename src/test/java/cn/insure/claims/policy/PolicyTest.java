package cn.insure.claims.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PolicyTest {

  @Test
  void wangXiaomingsMedicalPolicyCoversAnIllnessInsideThePolicyPeriod() {
    Policy policy = wangXiaomingsMedicalPolicy(PolicyStatus.ACTIVE);

    assertThat(policy.covers("ILLNESS", LocalDate.of(2026, 6, 18))).isTrue();
    assertThat(policy.coverageProblem("ILLNESS", LocalDate.of(2026, 6, 18))).isNull();
  }

  @Test
  void theFirstAndTheLastDayOfThePolicyPeriodAreCovered() {
    Policy policy = wangXiaomingsMedicalPolicy(PolicyStatus.ACTIVE);

    assertThat(policy.covers("ACCIDENT", LocalDate.of(2026, 1, 1))).isTrue();
    assertThat(policy.covers("ACCIDENT", LocalDate.of(2026, 12, 31))).isTrue();
  }

  @Test
  void aMedicalPolicyDoesNotCoverTheftAndSaysWhichPerilsItDoesCover() {
    Policy policy = wangXiaomingsMedicalPolicy(PolicyStatus.ACTIVE);

    assertThat(policy.covers("THEFT", LocalDate.of(2026, 6, 18))).isFalse();
    assertThat(policy.coverageProblem("THEFT", LocalDate.of(2026, 6, 18)))
        .contains("保单不承保该风险（THEFT）")
        .contains("Peril THEFT is not covered by policy P-MED-2026-000001, which covers ACCIDENT, ILLNESS");
  }

  @Test
  void aGuangzhouHomeWithoutFloodCoverIsNotPaidForAFloodButIsForATyphoon() {
    Policy policy = homePolicyInGuangzhouWithoutFloodCover();

    assertThat(policy.covers("TYPHOON", LocalDate.of(2026, 9, 16))).isTrue();
    assertThat(policy.coverageProblem("FLOOD", LocalDate.of(2026, 9, 16))).contains("Peril FLOOD is not covered");
  }

  @Test
  void aLossTheDayBeforeThePolicyStartsIsNotCovered() {
    Policy policy = wangXiaomingsMedicalPolicy(PolicyStatus.ACTIVE);

    assertThat(policy.covers("ILLNESS", LocalDate.of(2025, 12, 31))).isFalse();
    assertThat(policy.coverageProblem("ILLNESS", LocalDate.of(2025, 12, 31)))
        .isEqualTo("出险日期2025-12-31不在保险期间2026-01-01至2026-12-31内 "
            + "Loss date 2025-12-31 is outside the policy period 2026-01-01 to 2026-12-31");
  }

  @Test
  void aLossAfterThePolicyEndedIsNotCoveredAlthoughTheRegisterStillSaysActive() {
    Policy policy = wangXiaomingsMedicalPolicy(PolicyStatus.ACTIVE);

    assertThat(policy.covers("ILLNESS", LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(policy.coverageProblem("ILLNESS", LocalDate.of(2027, 1, 1)))
        .startsWith("出险日期2027-01-01不在保险期间").contains("outside the policy period");
  }

  @Test
  void aLapsedPolicyCoversNothingEvenInsideItsPeriod() {
    Policy policy = wangXiaomingsMedicalPolicy(PolicyStatus.LAPSED);

    assertThat(policy.covers("ILLNESS", LocalDate.of(2026, 6, 18))).isFalse();
    assertThat(policy.coverageProblem("ILLNESS", LocalDate.of(2026, 6, 18)))
        .isEqualTo("保单已失效，不承担保险责任 Policy P-MED-2026-000001 is LAPSED and covers no loss");
  }

  @Test
  void aCancelledPolicyCoversNothing() {
    Policy policy = wangXiaomingsMedicalPolicy(PolicyStatus.CANCELLED);

    assertThat(policy.coverageProblem("ACCIDENT", LocalDate.of(2026, 6, 18)))
        .isEqualTo("保单已退保，不承担保险责任 Policy P-MED-2026-000001 is CANCELLED and covers no loss");
  }

  @Test
  void aPolicyWrittenToALogShowsNeitherIdNorPhoneNumberInClear() {
    String logged = wangXiaomingsMedicalPolicy(PolicyStatus.ACTIVE).toString();

    assertThat(logged).contains("王小明").contains("430104********4139").contains("138****1937")
        .doesNotContain("430104199003154139").doesNotContain("13826451937");
  }

  private static Policy wangXiaomingsMedicalPolicy(PolicyStatus status) {
    Policy.Person wangXiaoming = new Policy.Person("王小明", "430104199003154139", "13826451937");
    return new Policy("P-MED-2026-000001", ProductLine.MEDICAL, "安心百万医疗险（2026版）", wangXiaoming,
        new Policy.Person("王小明", "430104199003154139", null), new BigDecimal("1000000.00"), "CNY",
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), status, "440305", Set.of("ILLNESS", "ACCIDENT"));
  }

  private static Policy homePolicyInGuangzhouWithoutFloodCover() {
    Policy.Person xieYu = new Policy.Person("谢宇", "360102199201170366", "15011876240");
    return new Policy("P-PRP-2026-000006", ProductLine.PROPERTY, "家庭财产基本险", xieYu,
        new Policy.Person("谢宇", "360102199201170366", null), new BigDecimal("1000000.00"), "CNY",
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), PolicyStatus.ACTIVE, "440106",
        Set.of("FIRE", "THEFT", "TYPHOON", "RAINSTORM"));
  }
}
