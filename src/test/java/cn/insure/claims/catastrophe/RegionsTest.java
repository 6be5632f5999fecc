package cn.insure.claims.catastrophe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** An event's region covers a claim's 6-digit region code at province, city or district level. */
class RegionsTest {

  @ParameterizedTest(name = "event region {0} covers claim region {1}: {2}")
  @CsvSource({
      "440000, 440305, true",   // 广东省 covers 深圳南山
      "440000, 440402, true",   // 广东省 covers 珠海香洲
      "440000, 450103, false",  // not 南宁 in 广西
      "440300, 440305, true",   // 深圳市 covers 南山区
      "440300, 440304, true",   // and 福田区
      "440300, 440402, false",  // not 珠海
      "440305, 440305, true",   // 南山区 itself
      "440305, 440304, false",  // not its neighbour 福田区
      "110000, 110105, true"})  // 北京市 (a province-level city) covers 朝阳区
  void anEventRegionCoversTheClaimsOfItsArea(String eventRegion, String claimRegion, boolean covered) {
    assertThat(Regions.covers(eventRegion, claimRegion)).isEqualTo(covered);
  }

  @Test
  void aRegionIsASixDigitCode() {
    assertThatThrownBy(() -> Regions.matchPrefix("4403")).hasMessageContaining("6-digit");
    assertThat(Regions.matchPrefix("440000")).isEqualTo("44");
    assertThat(Regions.matchPrefix("440300")).isEqualTo("4403");
    assertThat(Regions.matchPrefix("440305")).isEqualTo("440305");
  }
}
