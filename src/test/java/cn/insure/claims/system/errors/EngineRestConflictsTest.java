package cn.insure.claims.system.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;

import jakarta.ws.rs.core.Response;

/** Two people (or two nodes) changing one task at once get 409 from the engine REST API, not 500. */
class EngineRestConflictsTest {

  @Test
  void aConcurrentChangeInTheEngineRestApiIsAConflictWithAProblemDetail() {
    Response response = new EngineRestConflicts.OptimisticLockingMapper()
        .toResponse(new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE TaskEntity' failed"));

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
    @SuppressWarnings("unchecked")
    Map<String, Object> problem = (Map<String, Object>) response.getEntity();
    assertThat(problem).containsEntry("status", 409)
        .containsEntry("type", ApiProblems.TYPE_BASE + "concurrent-change")
        .hasEntrySatisfying("message", message -> assertThat((String) message).contains("reload"));
  }
}
