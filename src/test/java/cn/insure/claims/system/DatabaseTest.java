package cn.insure.claims.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.insure.claims.ClaimsSpringBootTest;

@ClaimsSpringBootTest
class DatabaseTest {

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngine processEngine;
  @Autowired Environment environment;

  @Test
  void theSuiteRunsOnTheDatabaseItWasAskedFor() throws SQLException {
    // -Ppostgres sets claims.test.expected-database=PostgreSQL: a run that silently fell back to
    // H2 fails here instead of passing.
    String expected = System.getProperty("claims.test.expected-database", "H2");
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expected);
      assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
    }
    if (expected.equals("PostgreSQL")) {
      assertThat(environment.getActiveProfiles()).contains("postgres");
    }
  }

  @Test
  void domainTablesAreVersionedByFlyway() {
    assertThat(jdbc.queryForList("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE", String.class))
        .contains("1");
  }

  @Test
  void theEngineKeepsFullHistoryWithACleanupWindow() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(configuration.isAuthorizationEnabled()).isTrue();
  }
}
