package cn.insure.claims.system.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import cn.insure.claims.ClaimsSpringBootTest;

@ClaimsSpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataTest {

  @Test
  void idNumbersShowOnlyTheRegionAndTheLastFourCharacters() {
    assertThat(PersonalData.maskIdNumber("110101199003078888")).isEqualTo("110101********8888");
    assertThat(PersonalData.maskIdNumber("44030519851224002X")).isEqualTo("440305********002X");
  }

  @Test
  void phoneNumbersShowOnlyTheCarrierPrefixAndTheLastFourDigits() {
    assertThat(PersonalData.maskPhone("13800138000")).isEqualTo("138****8000");
  }

  @Test
  void accountNumbersShowOnlyTheLastFourDigits() {
    assertThat(PersonalData.maskAccount("6225880112345678")).isEqualTo("************5678");
  }

  @Test
  void emailAddressesShowOnlyTheFirstCharacterAndTheDomain() {
    assertThat(PersonalData.maskEmail("wxm@example.com")).isEqualTo("w**@example.com");
    assertThat(PersonalData.maskEmail("w@example.com")).isEqualTo("w**@example.com");
  }

  @ParameterizedTest(name = "\"{0}\" is logged as \"{1}\"")
  @CsvSource(delimiter = '|', textBlock = """
      claimant 王小明 id 110101199003078888 phone 13800138000 | claimant 王小明 id 110101********8888 phone 138****8000
      身份证号:44030519851224002X,手机:+8615912345678       | 身份证号:440305********002X,手机:+86159****5678
      account 6225880112345678 at 招商银行                   | account ************5678 at 招商银行
      mail to wxm.wang@example.com.cn failed                | mail to w**@example.com.cn failed
      claim CLM-20261122-000001 amount 12800.00             | claim CLM-20261122-000001 amount 12800.00
      """)
  void freeTextIsMaskedWithoutTouchingCaseNumbersOrAmounts(String text, String masked) {
    assertThat(PersonalData.maskText(text)).isEqualTo(masked);
  }

  @Test
  void theApplicationLogNeverShowsAnIdOrPhoneNumberInClear(CapturedOutput output) {
    LoggerFactory.getLogger("cn.insure.claims.claim").info("Claim received from 王小明, id 110101199003078888, tel 13800138000");
    LoggerFactory.getLogger("cn.insure.claims.claim").warn("Intake failed",
        new IllegalArgumentException("bad claimant 110101199003078888 / 13800138000"));

    assertThat(output.getOut()).contains("110101********8888").contains("138****8000")
        .doesNotContain("110101199003078888").doesNotContain("13800138000");
  }
}
