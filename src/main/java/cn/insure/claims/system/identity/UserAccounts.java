package cn.insure.claims.system.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Creates users and memberships without ever overwriting an existing user or its password. */
final class UserAccounts {

  private UserAccounts() {
  }

  static void ensureUser(IdentityService identityService, String userId, String displayName, String password,
      String email, List<String> groupIds) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      // Chinese names are written whole; Tasklist shows "first last", so the whole name goes first.
      user.setFirstName(displayName);
      user.setLastName("");
      user.setEmail(email);
      user.setPassword(password);
      identityService.saveUser(user);
    }
    for (String groupId : groupIds) {
      if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
        identityService.createMembership(userId, groupId);
      }
    }
  }
}
