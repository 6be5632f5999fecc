package cn.insure.claims.system.engine;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls that the application API makes on a person's behalf (completing a task for the
 * manager who closes a catastrophe event over the API) as that person, so that the engine's guards
 * check them exactly like the same step done in Tasklist.
 */
@Component
public class ActingAs {

  private final IdentityService identityService;

  ActingAs(IdentityService identityService) {
    this.identityService = identityService;
  }

  public void run(String userId, Runnable work) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
        .toList();
    var previous = identityService.getCurrentAuthentication();
    identityService.setAuthentication(userId, groups);
    try {
      work.run();
    } finally {
      if (previous == null) {
        identityService.clearAuthentication();
      } else {
        identityService.setAuthentication(previous);
      }
    }
  }
}
