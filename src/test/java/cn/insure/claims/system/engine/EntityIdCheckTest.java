package cn.insure.claims.system.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.ByteArrayEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.insure.claims.ClaimsSpringBootTest;

/**
 * The engine inserts with an entity manager whose id check costs nothing when the id is good and
 * still refuses, with the engine's own message, the ids the engine refuses.
 */
@ClaimsSpringBootTest
class EntityIdCheckTest {

  @Autowired ProcessEngineConfigurationImpl configuration;

  @Test
  void theEngineInsertsThroughTheCheapCheck() {
    DbEntityManager manager = run(context -> context.getDbEntityManager());

    assertThat(manager).isInstanceOf(EntityIdCheck.CheckedWhenWrong.class);
  }

  @Test
  void aReservedIdIsStillRefusedWithTheEnginesMessage() {
    ByteArrayEntity row = new ByteArrayEntity("entity-id-check", new byte[] {1});
    row.setId("*");

    assertThatThrownBy(() -> run(context -> {
      context.getDbEntityManager().insert(row);
      return null;
    })).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Entity ByteArrayEntity[")
        .hasMessageContaining("has an invalid id")
        .hasMessageContaining("cannot be *");
  }

  @Test
  void aGoodIdIsInsertedAsBefore() {
    String id = run(context -> {
      ByteArrayEntity row = new ByteArrayEntity("entity-id-check", new byte[] {1});
      context.getDbEntityManager().insert(row);
      return row.getId();
    });

    ByteArrayEntity stored = run(context -> context.getDbEntityManager().selectById(ByteArrayEntity.class, id));
    assertThat(stored).isNotNull();
    assertThat(stored.getName()).isEqualTo("entity-id-check");
    run(context -> {
      context.getDbEntityManager().delete(stored);
      return null;
    });
  }

  private <T> T run(Command<T> command) {
    return configuration.getCommandExecutorTxRequired().execute(command);
  }
}
