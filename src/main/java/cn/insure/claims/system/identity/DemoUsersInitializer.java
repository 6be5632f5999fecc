package cn.insure.claims.system.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo staff, one per role; password = user id. Exists only in the {@code demo} profile. */
@Component
@Profile("demo")
@Order(30)
class DemoUsersInitializer implements ApplicationRunner {

  record DemoUser(String id, String name, List<String> groups) {
  }

  static final List<DemoUser> USERS = List.of(
      new DemoUser("demo", "演示管理员", List.of(Roles.CAMUNDA_ADMIN)),
      new DemoUser("zhangwei", "张伟", List.of(Roles.CLAIMS_SPECIALISTS)),
      new DemoUser("lina", "李娜", List.of(Roles.CLAIMS_SPECIALISTS)),
      new DemoUser("wangfang", "王芳", List.of(Roles.CLAIMS_SUPERVISORS)),
      new DemoUser("chenjie", "陈杰", List.of(Roles.CLAIMS_MANAGERS)),
      new DemoUser("liuyang", "刘洋", List.of(Roles.FINANCE)),
      new DemoUser("zhaolei", "赵磊", List.of(Roles.COMPLAINTS_OFFICERS)),
      new DemoUser("sunli", "孙丽", List.of(Roles.COMPLAINTS_SUPERVISORS, Roles.CRISIS_TEAM)),
      new DemoUser("zhoumin", "周敏", List.of(Roles.QUALITY_INSPECTORS)),
      new DemoUser("gaojing", "高静", List.of(Roles.CUSTOMER_SERVICE)),
      new DemoUser("majun", "马骏", List.of(Roles.INSURANCE_ADVISORS)),
      new DemoUser("huangwei", "黄伟", List.of(Roles.PROCESS_ANALYSTS)),
      new DemoUser("channel", "渠道系统", List.of(Roles.CHANNEL_SYSTEMS)),
      // A second channel system: each sees only the cases it submitted (the other's answer 404).
      new DemoUser("wechat", "微信渠道", List.of(Roles.CHANNEL_SYSTEMS)));

  private final IdentityService identityService;

  DemoUsersInitializer(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (identityService.isReadOnly()) {
      return;
    }
    for (DemoUser user : USERS) {
      UserAccounts.ensureUser(identityService, user.id(), user.name(), user.id(), user.id() + "@demo.insure.cn",
          user.groups());
    }
  }
}
