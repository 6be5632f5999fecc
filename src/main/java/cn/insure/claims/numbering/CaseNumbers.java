package cn.insure.claims.numbering;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Service;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Issues case numbers of the form {@code PREFIX-YYYYMMDD-NNNNNN} ({@code CLM} for claims,
 * {@code CMP} for complaints), counting per day in China Standard Time.
 *
 * <h2>Never serialising intake</h2>
 * A number is drawn in a <em>short transaction of its own</em> (one {@code UPDATE} of the day's
 * counter row and its commit, about a millisecond), not in the caller's transaction: the row lock is
 * no longer held for the whole submission, so concurrent submissions no longer queue behind each
 * other. The counter row in the database stays the one authority, so numbers are unique across any
 * number of application nodes on one database. With {@code claims.case-numbers.block-size} above 1 a
 * node takes that many numbers at once and hands them out from memory (fewer round trips; numbers of
 * different nodes then interleave out of order).
 *
 * <h2>Gaps</h2>
 * A number whose request is refused or rolled back afterwards is not given back, and a node that
 * stops loses the rest of its block: <b>numbers may have gaps</b>. That is acceptable: a case number
 * identifies a case and must be unique; no rule asks for gap-free numbering (unlike invoices), and a
 * gap-free counter is exactly what serialised every submission.
 *
 * <h2>Its own connections</h2>
 * The short transactions use a small pool of their own ({@code claims.case-numbers.pool-size},
 * same database settings as the application's): a caller that already holds a connection of the main
 * pool never waits for a second one from it, so a busy main pool cannot deadlock on numbering.
 */
@Service
public class CaseNumbers implements DisposableBean {

  public static final String CLAIM = "CLM";
  public static final String COMPLAINT = "CMP";
  public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private static final String INCREMENT =
      "UPDATE case_number_counter SET last_value = last_value + ? WHERE prefix = ? AND counter_day = ?";
  private static final String READ = "SELECT last_value FROM case_number_counter WHERE prefix = ? AND counter_day = ?";
  private static final String CREATE =
      "INSERT INTO case_number_counter (prefix, counter_day, last_value) VALUES (?, ?, 0)";

  /** The numbers a node holds for one prefix and day: {@code next} up to and including {@code last}. */
  private static final class Block {
    final LocalDate day;
    long next;
    final long last;

    Block(LocalDate day, long next, long last) {
      this.day = day;
      this.next = next;
      this.last = last;
    }
  }

  private final DataSource numbering;
  private final boolean ownsPool;
  private final Clock clock;
  private final int blockSize;
  private final Map<String, Block> blocks = new HashMap<>();

  @Autowired
  public CaseNumbers(DataSourceProperties database, Clock clock,
      @Value("${claims.case-numbers.block-size:1}") int blockSize,
      @Value("${claims.case-numbers.pool-size:4}") int poolSize) {
    this(pool(database, poolSize), true, clock, blockSize);
  }

  /** Numbers drawn on the given data source (e.g. a second node in a test). */
  public CaseNumbers(DataSource numbering, Clock clock, int blockSize) {
    this(numbering, false, clock, blockSize);
  }

  private CaseNumbers(DataSource numbering, boolean ownsPool, Clock clock, int blockSize) {
    if (blockSize < 1) {
      throw new IllegalArgumentException("claims.case-numbers.block-size must be at least 1, was " + blockSize);
    }
    this.numbering = numbering;
    this.ownsPool = ownsPool;
    this.clock = clock;
    this.blockSize = blockSize;
  }

  private static HikariDataSource pool(DataSourceProperties database, int poolSize) {
    HikariDataSource pool = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    pool.setPoolName("case-numbers");
    pool.setMaximumPoolSize(poolSize);
    pool.setMinimumIdle(1);
    pool.setConnectionTimeout(10_000);
    pool.setAutoCommit(false);
    pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    return pool;
  }

  /** The next number of today for the prefix; committed before it is returned, whatever the caller does next. */
  public String next(String prefix) {
    LocalDate day = LocalDate.now(clock.withZone(BUSINESS_ZONE));
    long value;
    synchronized (blocks) {
      Block block = blocks.get(prefix);
      if (block == null || !block.day.equals(day) || block.next > block.last) {
        long last = reserve(prefix, day, blockSize);
        block = new Block(day, last - blockSize + 1, last);
        blocks.put(prefix, block);
      }
      value = block.next++;
    }
    return "%s-%s-%06d".formatted(prefix, day.format(DAY), value);
  }

  /** Adds {@code count} to the day's counter in a transaction of its own; the new last value. */
  private long reserve(String prefix, LocalDate day, int count) {
    Date sqlDay = Date.valueOf(day);
    try (Connection connection = numbering.getConnection()) {
      connection.setAutoCommit(false);
      try {
        if (increment(connection, prefix, sqlDay, count) == 0) {
          createDayCounter(connection, prefix, sqlDay);
          increment(connection, prefix, sqlDay, count);
        }
        long last;
        try (PreparedStatement read = connection.prepareStatement(READ)) {
          read.setString(1, prefix);
          read.setDate(2, sqlDay);
          try (ResultSet row = read.executeQuery()) {
            row.next();
            last = row.getLong(1);
          }
        }
        connection.commit();
        return last;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new DataAccessResourceFailureException("Could not draw a case number for " + prefix, e);
    }
  }

  private static int increment(Connection connection, String prefix, Date day, int count) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(INCREMENT)) {
      update.setInt(1, count);
      update.setString(2, prefix);
      update.setDate(3, day);
      return update.executeUpdate();
    }
  }

  /**
   * The first number of a day creates its counter row, committed at once; a concurrent creator
   * (another thread or node) may win, then its row is the one to count on.
   */
  private static void createDayCounter(Connection connection, String prefix, Date day) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(CREATE)) {
      insert.setString(1, prefix);
      insert.setDate(2, day);
      insert.executeUpdate();
      connection.commit();
    } catch (SQLException createdConcurrently) {
      // Duplicate key (SQLState 23xxx): another intake created today's row first. Anything else is real.
      connection.rollback();
      if (createdConcurrently.getSQLState() == null || !createdConcurrently.getSQLState().startsWith("23")) {
        throw createdConcurrently;
      }
    }
  }

  @Override
  public void destroy() {
    if (ownsPool && numbering instanceof HikariDataSource pool) {
      pool.close();
    }
  }
}
