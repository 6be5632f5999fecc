package cn.insure.claims.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import cn.insure.claims.ClaimsSpringBootTest;

@ClaimsSpringBootTest
class CaseNumbersTest {

  @Autowired CaseNumbers caseNumbers;
  @Autowired TransactionTemplate transactions;

  @Test
  void claimNumbersCarryTheBusinessDayAndASixDigitCounter() {
    String today = LocalDate.now(CaseNumbers.BUSINESS_ZONE).format(DateTimeFormatter.BASIC_ISO_DATE);

    String first = caseNumbers.next(CaseNumbers.CLAIM);
    String second = caseNumbers.next(CaseNumbers.CLAIM);

    assertThat(first).matches("CLM-" + today + "-\\d{6}");
    assertThat(Long.parseLong(second.substring(13))).isEqualTo(Long.parseLong(first.substring(13)) + 1);
    assertThat(caseNumbers.next(CaseNumbers.COMPLAINT)).startsWith("CMP-" + today + "-");
  }

  @Test
  void concurrentIntakesNeverShareANumber() throws Exception {
    Set<String> numbers = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = IntStream.range(0, 40)
          .mapToObj(i -> pool.submit(() -> numbers.add(transactions.execute(tx -> caseNumbers.next(CaseNumbers.CLAIM)))))
          .<Future<?>>map(f -> f).toList();
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(numbers).hasSize(40);
  }

  @Test
  void aRolledBackIntakeGivesItsNumberBack() {
    String before = caseNumbers.next(CaseNumbers.COMPLAINT);
    try {
      transactions.executeWithoutResult(tx -> {
        caseNumbers.next(CaseNumbers.COMPLAINT);
        tx.setRollbackOnly();
      });
    } finally {
      String after = caseNumbers.next(CaseNumbers.COMPLAINT);
      assertThat(Long.parseLong(after.substring(13))).isEqualTo(Long.parseLong(before.substring(13)) + 1);
    }
  }
}
