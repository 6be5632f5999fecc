package cn.insure.claims.numbering;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues case numbers of the form {@code PREFIX-YYYYMMDD-NNNNNN} ({@code CLM} for claims,
 * {@code CMP} for complaints), counting per day in China Standard Time. Numbers are drawn in the
 * caller's transaction, so a refused request gives its number back and leaves no gap-free
 * guarantee to break: a rolled-back claim never shows its number to anyone.
 */
@Service
public class CaseNumbers {

  public static final String CLAIM = "CLM";
  public static final String COMPLAINT = "CMP";
  public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private static final String INCREMENT =
      "UPDATE case_number_counter SET last_value = last_value + 1 WHERE prefix = ? AND counter_day = ?";

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final TransactionTemplate newTransaction;

  public CaseNumbers(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.newTransaction = new TransactionTemplate(transactionManager);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Transactional(propagation = Propagation.REQUIRED)
  public String next(String prefix) {
    LocalDate day = LocalDate.now(clock.withZone(BUSINESS_ZONE));
    Date sqlDay = Date.valueOf(day);
    // The UPDATE takes the row lock, so concurrent callers queue instead of drawing the same value.
    if (jdbc.update(INCREMENT, prefix, sqlDay) == 0) {
      createDayCounter(prefix, sqlDay);
      jdbc.update(INCREMENT, prefix, sqlDay);
    }
    Long value = jdbc.queryForObject(
        "SELECT last_value FROM case_number_counter WHERE prefix = ? AND counter_day = ?", Long.class, prefix, sqlDay);
    return "%s-%s-%06d".formatted(prefix, day.format(DAY), value);
  }

  /**
   * The first number of a day creates its counter row in a transaction of its own: a concurrent
   * creator's duplicate key then cannot abort the caller's transaction (PostgreSQL would).
   */
  private void createDayCounter(String prefix, Date day) {
    try {
      newTransaction.executeWithoutResult(tx -> jdbc.update(
          "INSERT INTO case_number_counter (prefix, counter_day, last_value) VALUES (?, ?, 0)", prefix, day));
    } catch (DuplicateKeyException createdConcurrently) {
      // Another intake created today's row first; its row is the one to count on.
    }
  }
}
