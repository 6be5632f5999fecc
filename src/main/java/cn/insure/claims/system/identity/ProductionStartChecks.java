package cn.insure.claims.system.identity;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * What a start outside the demo profile (production) requires, checked once every bean exists and
 * before the web server accepts a request:
 * <ul>
 *   <li>an administrator: {@code claims.admin.user-id} (CLAIMS_ADMIN_USER_ID, with its password on the
 *       first start), or a member of {@code camunda-admin} kept from an earlier start. Camunda's
 *       first-admin setup page is closed ({@code FirstAdminSetupClosedFilter}), so a server without an
 *       administrator could never be administered — it refuses to start instead;</li>
 *   <li>the live adapters are named in the start log, and the simulated bank flagged, by
 *       {@code cn.insure.claims.LiveAdapters} (the application's root: it knows every feature's adapters).</li>
 * </ul>
 * Adapters that lack their server refuse to start by themselves (their constructors name the missing
 * variable); the bank's API is the default payment gateway ({@code claims.payment.gateway=http}).
 */
@Component
class ProductionStartChecks implements SmartInitializingSingleton {

  private final Environment environment;
  private final ObjectProvider<IdentityService> identityService;

  ProductionStartChecks(Environment environment, ObjectProvider<IdentityService> identityService) {
    this.environment = environment;
    this.identityService = identityService;
  }

  @Override
  public void afterSingletonsInstantiated() {
    boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
    if (!demo) {
      requireAdministrator();
    }
  }

  private void requireAdministrator() {
    IdentityService identity = identityService.getIfAvailable();
    if (identity == null || identity.isReadOnly()) {
      // LDAP and other read-only identity providers: administrators are managed there.
      return;
    }
    String userId = environment.getProperty("claims.admin.user-id", "").trim();
    String password = environment.getProperty("claims.admin.password", "");
    if (!userId.isEmpty()) {
      boolean exists = identity.createUserQuery().userId(userId).count() > 0;
      if (!exists && password.isBlank()) {
        throw new IllegalStateException("Production start refused: administrator '" + userId + "' does not exist yet "
            + "and CLAIMS_ADMIN_PASSWORD (claims.admin.password) is empty. Set it for the first start.");
      }
      return;
    }
    if (identity.createUserQuery().memberOfGroup(Roles.CAMUNDA_ADMIN).count() == 0) {
      throw new IllegalStateException("Production start refused: no administrator. Set CLAIMS_ADMIN_USER_ID and "
          + "CLAIMS_ADMIN_PASSWORD (claims.admin.user-id / claims.admin.password) for the first start; Camunda's "
          + "first-admin setup page is closed to the network. (The demo profile, --spring.profiles.active=demo, "
          + "has demo users instead.)");
    }
  }
}
