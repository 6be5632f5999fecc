package cn.insure.claims.system.engine;

import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Processes the application itself starts in reaction to another case's step (a call-back after a
 * closed case, a rectification after a spot-check finding): the start belongs to the application, not
 * to the person whose task completion happened to trigger it, so the engine's authorization check is
 * suspended for it (and restored after) when it runs inside that person's engine command.
 */
public final class ApplicationStarts {

  private ApplicationStarts() {
  }

  public static <T> T asApplication(Supplier<T> start) {
    CommandContext context = Context.getCommandContext();
    boolean checking = context != null && context.isAuthorizationCheckEnabled();
    if (checking) {
      context.disableAuthorizationCheck();
    }
    try {
      return start.get();
    } finally {
      if (checking) {
        context.enableAuthorizationCheck();
      }
    }
  }
}
