package cn.insure.claims.claim.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** CSV as spreadsheets write it: quoted commas, doubled quotes, line breaks inside a field, CRLF. */
class CsvRecordsTest {

  @Test
  void plainQuotedAndEmptyFieldsAreRead() throws IOException {
    assertThat(read("a,b,c\n1,\"深圳市南山区, 5栋\",\n")).containsExactly(
        List.of("a", "b", "c"), List.of("1", "深圳市南山区, 5栋", ""));
  }

  @Test
  void doubledQuotesAndLineBreaksInsideQuotesStayInTheField() throws IOException {
    assertThat(read("cause\r\n\"台风\"\"海燕\"\"：\r\n阳台玻璃破碎\"\r\n")).containsExactly(
        List.of("cause"), List.of("台风\"海燕\"：\r\n阳台玻璃破碎"));
  }

  @Test
  void blankLinesAndAMissingLastLineBreakAreForgiven() throws IOException {
    assertThat(read("a,b\n\n1,2\r\n\r\n3,4")).containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"));
  }

  @Test
  void anUnclosedQuoteStopsTheReadingInsteadOfSwallowingTheFile() {
    assertThatThrownBy(() -> read("a,b\n1,\"never closed\n2,3\n")).isInstanceOf(CsvRecords.MalformedCsvException.class)
        .hasMessageContaining("quoted field");
    String endless = "\"" + "x".repeat(CsvRecords.MAX_RECORD_CHARS + 10) + "\"\n";
    assertThatThrownBy(() -> read(endless)).hasMessageContaining("longer than");
  }

  private static List<List<String>> read(String csv) throws IOException {
    CsvRecords records = new CsvRecords(new StringReader(csv));
    List<List<String>> all = new ArrayList<>();
    for (List<String> record = records.next(); record != null; record = records.next()) {
      all.add(record);
    }
    return all;
  }
}
