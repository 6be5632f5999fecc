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
  @Autowired javax.sql.DataSource dataSource;

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

  /**
   * Numbers are drawn in a short transaction of their own so that intake is not serialised on the
   * counter row: a refused (rolled-back) intake keeps its number and leaves a gap; the next intake
   * never gets the same number again.
   */
  @Test
  void aRolledBackIntakeLeavesAGapAndItsNumberIsNeverIssuedAgain() {
    String before = caseNumbers.next(CaseNumbers.COMPLAINT);
    String[] refused = new String[1];
    transactions.executeWithoutResult(tx -> {
      refused[0] = caseNumbers.next(CaseNumbers.COMPLAINT);
      tx.setRollbackOnly();
    });
    String after = caseNumbers.next(CaseNumbers.COMPLAINT);

    assertThat(Long.parseLong(refused[0].substring(13))).isEqualTo(Long.parseLong(before.substring(13)) + 1);
    assertThat(Long.parseLong(after.substring(13))).isEqualTo(Long.parseLong(before.substring(13)) + 2);
  }

  /** While one intake's transaction is still open, another draws its number without waiting for it. */
  @Test
  void anOpenIntakeDoesNotHoldUpTheNextOne() throws Exception {
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      transactions.executeWithoutResult(tx -> {
        String mine = caseNumbers.next(CaseNumbers.CLAIM);
        try {
          String theirs = other.submit(() -> transactions.execute(t -> caseNumbers.next(CaseNumbers.CLAIM)))
              .get(5, java.util.concurrent.TimeUnit.SECONDS);
          assertThat(theirs).isNotEqualTo(mine);
        } catch (Exception e) {
          throw new AssertionError("the second intake waited for the first one's transaction", e);
        }
      });
    } finally {
      other.shutdown();
    }
  }

  /**
   * Several application nodes on one database (each with its own CaseNumbers, here two with blocks
   * of different sizes and their own connections) never issue the same number.
   */
  @Test
  void severalNodesOnOneDatabaseNeverShareANumber() throws Exception {
    CaseNumbers nodeA = new CaseNumbers(dataSource, java.time.Clock.systemUTC(), 1);
    CaseNumbers nodeB = new CaseNumbers(dataSource, java.time.Clock.systemUTC(), 7);
    Set<String> numbers = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Boolean>> futures = IntStream.range(0, 90)
          .mapToObj(i -> pool.submit(() -> numbers.add((i % 3 == 0 ? caseNumbers : i % 3 == 1 ? nodeA : nodeB)
              .next(CaseNumbers.CLAIM))))
          .toList();
      for (Future<Boolean> future : futures) {
        assertThat(future.get()).as("a number issued twice").isTrue();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(numbers).hasSize(90);
  }
}
