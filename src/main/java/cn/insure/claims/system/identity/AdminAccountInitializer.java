package cn.insure.claims.system.identity;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first administrator, from configuration ({@code claims.admin.user-id} and
 * {@code claims.admin.password}); there is no built-in default. Nothing happens when the user id
 * is empty, and an existing user keeps its password.
 */
@Component
@Order(20)
class AdminAccountInitializer implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AdminAccountInitializer.class);

  private final IdentityService identityService;
  private final String userId;
  private final String password;

  AdminAccountInitializer(IdentityService identityService, @Value("${claims.admin.user-id:}") String userId,
      @Value("${claims.admin.password:}") String password) {
    this.identityService = identityService;
    this.userId = userId;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (userId.isBlank() || identityService.isReadOnly()) {
      return;
    }
    boolean exists = identityService.createUserQuery().userId(userId).count() > 0;
    if (!exists && password.isBlank()) {
      throw new IllegalStateException(
          "claims.admin.user-id is set but claims.admin.password is empty: set CLAIMS_ADMIN_PASSWORD for the first start");
    }
    UserAccounts.ensureUser(identityService, userId, "系统管理员 Administrator", password, null,
        List.of(Roles.CAMUNDA_ADMIN));
    if (!exists) {
      log.info("Created administrator '{}'", userId);
    }
  }
}
