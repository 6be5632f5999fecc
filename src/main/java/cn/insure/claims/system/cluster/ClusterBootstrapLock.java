package cn.insure.claims.system.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Serialises the start of several nodes on one PostgreSQL database: the engine's schema creation
 * ({@code DbSqlSession.executeSchemaResource}), its deployments and the seeding of users, groups,
 * authorizations and Tasklist filters run on one node at a time. The node takes a PostgreSQL
 * session advisory lock on its own connection before the engine is built and lets it go when the
 * application is ready (or failed); a node that dies while holding it releases it with its
 * connection. Other databases (H2: one node) take no lock.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ClusterBootstrapLock extends AbstractProcessEnginePlugin {

  /** Arbitrary but fixed key of the advisory lock ("claims" bootstrap). */
  static final long LOCK_KEY = 0x434c41494d53L;

  private static final Logger log = LoggerFactory.getLogger(ClusterBootstrapLock.class);

  private final DataSource dataSource;
  private Connection held;

  ClusterBootstrapLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    acquire();
  }

  synchronized void acquire() {
    if (held != null) {
      return;
    }
    try {
      Connection connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return;
      }
      connection.setAutoCommit(true);
      long started = System.nanoTime();
      try (Statement statement = connection.createStatement()) {
        statement.execute("SELECT pg_advisory_lock(" + LOCK_KEY + ")");
      }
      held = connection;
      log.info("Cluster bootstrap lock taken after {} ms: this node creates/updates the engine schema, deploys and "
          + "seeds identities alone", (System.nanoTime() - started) / 1_000_000);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot take the cluster bootstrap lock", e);
    }
  }

  @EventListener({ApplicationReadyEvent.class, ApplicationFailedEvent.class})
  public synchronized void release() {
    if (held == null) {
      return;
    }
    try (Connection connection = held; Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
      log.info("Cluster bootstrap lock released");
    } catch (SQLException e) {
      log.warn("Releasing the cluster bootstrap lock failed; closing its connection releases it", e);
    } finally {
      held = null;
    }
  }

  synchronized boolean holding() {
    return held != null;
  }
}
