package cn.insure.claims.system.errors;

import java.util.Map;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * The engine REST API (Tasklist, Cockpit, {@code /engine-rest}) answers a concurrent change — two
 * people completing one task, a timer and an upload on the same case, on two nodes — with 409 and
 * a problem detail instead of the engine's generic 500. JAX-RS picks the most specific mapper, so
 * this one wins over the engine's mapper of all {@code ProcessEngineException}s.
 */
@Component
public class EngineRestConflicts implements ResourceConfigCustomizer {

  /**
   * The answer to a concurrent change: a problem detail, plus the engine's own {@code message} field
   * that Tasklist shows.
   */
  public static final Map<String, Object> CONCURRENT_CHANGE = Map.of(
      "type", ApiProblems.TYPE_BASE + "concurrent-change", "title", "并发修改冲突 Changed concurrently",
      "status", 409, "detail", "Another user or node changed this at the same time; nothing of this request "
          + "was kept. Reload and try again.",
      "message", "并发修改冲突：请刷新后重试 Changed concurrently: reload and try again");

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(OptimisticLockingMapper.class);
  }

  @jakarta.ws.rs.ext.Provider
  public static class OptimisticLockingMapper implements ExceptionMapper<OptimisticLockingException> {
    @Override
    public Response toResponse(OptimisticLockingException exception) {
      return Response.status(Response.Status.CONFLICT).type(MediaType.valueOf("application/problem+json"))
          .entity(CONCURRENT_CHANGE).build();
    }
  }
}
