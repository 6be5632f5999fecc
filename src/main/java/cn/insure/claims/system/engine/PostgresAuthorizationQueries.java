package cn.insure.claims.system.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, two of the engine's statements read every authorization where an index answers:
 * with one authorization per open task (the engine grants each candidate group its task), a surge's
 * 100,000 open tasks made them the cost of every Tasklist screen.
 * <ul>
 *   <li>{@code selectAuthorizedGroupIds} — {@code SELECT DISTINCT GROUP_ID_} over the whole table, once
 *       per authorized command (4–8 ms at 110,000 authorizations) — becomes a walk along the group index.
 *   <li>{@code selectTaskCountByQueryCriteria} — the count behind every task list and filter badge —
 *       checks the same grants as three conditions PostgreSQL can hash or evaluate once, instead of a
 *       join on {@code RESOURCE_ID_ IN (task id, definition key, '*')} it can only probe row by row
 *       (1.2 s of CPU → 0.16 s for 99,000 tasks, one query alone).
 * </ul>
 * Same rows, same permissions: the statements live in {@code postgres-authorization-queries.xml},
 * added to the engine's MyBatis configuration and mapped for {@code postgres} only, the way the engine
 * maps its own database-specific statements. Revoke checks and composite checks keep the engine's SQL.
 * {@code PostgresAuthorizationQueriesTest} compares both forms on the same data and users;
 * {@code claims.engine.postgres-authorization-queries=false} turns this off.
 */
@Component
@ConditionalOnProperty(name = "claims.engine.postgres-authorization-queries", havingValue = "true",
    matchIfMissing = true)
public class PostgresAuthorizationQueries extends AbstractProcessEnginePlugin {

  static final String MAPPER = "cn/insure/claims/system/engine/postgres-authorization-queries.xml";
  static final Map<String, String> REPLACED = Map.of(
      "selectAuthorizedGroupIds", "claimsAuthorizedGroupIds",
      "selectTaskCountByQueryCriteria", "claimsTaskCount");

  private static final Logger log = LoggerFactory.getLogger(PostgresAuthorizationQueries.class);

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!"postgres".equals(configuration.getDatabaseType())) {
      return;
    }
    addStatements(configuration.getSqlSessionFactory().getConfiguration());
    DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
    Map<String, String> mappings = sessions.getStatementMappings() == null
        ? new HashMap<>() : new HashMap<>(sessions.getStatementMappings());
    mappings.putAll(REPLACED);
    sessions.setStatementMappings(mappings);
    log.info("PostgreSQL: the engine's authorized group ids and task counts use index-friendly SQL ({})",
        REPLACED.keySet());
  }

  /**
   * What the engine's own task-query fragment sees in place of the caller's authorization check while
   * {@code claimsTaskCount} checks the caller's grants itself: a check that is switched off.
   */
  public static AuthorizationCheck checkedElsewhere() {
    AuthorizationCheck off = new AuthorizationCheck();
    off.setAuthorizationCheckEnabled(false);
    off.setShouldPerformAuthorizatioCheck(false);
    return off;
  }

  static void addStatements(Configuration mybatis) {
    if (mybatis.hasStatement("claimsTaskCount")) {
      return;
    }
    try (InputStream xml = PostgresAuthorizationQueries.class.getClassLoader().getResourceAsStream(MAPPER)) {
      if (xml == null) {
        throw new IllegalStateException(MAPPER + " is missing from the application");
      }
      new XMLMapperBuilder(xml, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
