package cn.insure.claims.system.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import cn.insure.claims.ClaimsSpringBootTest;

@ClaimsSpringBootTest
class RoleModelTest {

  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;
  @Autowired RoleModelInitializer roleModelInitializer;
  @Autowired DemoUsersInitializer demoUsersInitializer;

  @Test
  void theGroupsOfTheBusinessExistWithTheirExactIds() {
    assertThat(identityService.createGroupQuery().list()).extracting(Group::getId).containsExactlyInAnyOrder(
        "claims-specialists", "claims-supervisors", "claims-managers", "finance", "complaints-officers",
        "complaints-supervisors", "crisis-team", "quality-inspectors", "customer-service", "insurance-advisors",
        "process-analysts", "channel-systems", "camunda-admin");
  }

  @ParameterizedTest(name = "{0} ({1}) is in {2}")
  @CsvSource(delimiter = '|', textBlock = """
      demo     | 演示管理员 | camunda-admin
      zhangwei | 张伟      | claims-specialists
      lina     | 李娜      | claims-specialists
      wangfang | 王芳      | claims-supervisors
      chenjie  | 陈杰      | claims-managers
      liuyang  | 刘洋      | finance
      zhaolei  | 赵磊      | complaints-officers
      sunli    | 孙丽      | complaints-supervisors crisis-team
      zhoumin  | 周敏      | quality-inspectors
      gaojing  | 高静      | customer-service
      majun    | 马骏      | insurance-advisors
      huangwei | 黄伟      | process-analysts
      channel  | 渠道系统   | channel-systems
      wechat   | 微信渠道   | channel-systems
      """)
  void demoUsersExistWithTheirNamesGroupsAndPasswords(String userId, String name, String groups) {
    assertThat(identityService.createUserQuery().userId(userId).singleResult().getFirstName()).isEqualTo(name);
    assertThat(identityService.createGroupQuery().groupMember(userId).list()).extracting(Group::getId)
        .containsExactlyInAnyOrder(groups.split(" "));
    assertThat(identityService.checkPassword(userId, userId)).isTrue();
  }

  @ParameterizedTest(name = "{0} may {2} {1} ''{3}'': {4}")
  @CsvSource(delimiter = '|', textBlock = """
      zhangwei | APPLICATION        | ACCESS          | tasklist          | true
      zhangwei | APPLICATION        | ACCESS          | cockpit           | false
      zhangwei | PROCESS_DEFINITION | CREATE_INSTANCE | claimHandling     | true
      zhangwei | PROCESS_DEFINITION | CREATE_INSTANCE | complaintHandling | false
      zhangwei | DEPLOYMENT         | CREATE          | *                 | false
      wangfang | APPLICATION        | ACCESS          | cockpit           | false
      wangfang | PROCESS_DEFINITION | CREATE_INSTANCE | claimHandling     | false
      chenjie  | APPLICATION        | ACCESS          | cockpit           | true
      chenjie  | PROCESS_DEFINITION | CREATE_INSTANCE | catastropheEvent  | true
      chenjie  | DEPLOYMENT         | CREATE          | *                 | false
      liuyang  | APPLICATION        | ACCESS          | tasklist          | true
      liuyang  | APPLICATION        | ACCESS          | cockpit           | false
      zhaolei  | PROCESS_DEFINITION | CREATE_INSTANCE | complaintHandling | true
      zhaolei  | PROCESS_DEFINITION | CREATE_INSTANCE | claimHandling     | false
      sunli    | APPLICATION        | ACCESS          | tasklist          | true
      zhoumin  | APPLICATION        | ACCESS          | tasklist          | true
      zhoumin  | APPLICATION        | ACCESS          | cockpit           | true
      zhoumin  | PROCESS_DEFINITION | READ_INSTANCE   | claimHandling     | true
      zhoumin  | PROCESS_DEFINITION | UPDATE_INSTANCE | claimHandling     | false
      zhoumin  | PROCESS_DEFINITION | MIGRATE_INSTANCE | claimHandling    | false
      zhoumin  | DEPLOYMENT         | CREATE          | *                 | false
      huangwei | DEPLOYMENT         | CREATE          | *                 | true
      huangwei | PROCESS_DEFINITION | MIGRATE_INSTANCE | claimHandling    | false
      huangwei | PROCESS_DEFINITION | READ_INSTANCE   | claimHandling     | false
      huangwei | PROCESS_DEFINITION | UPDATE_INSTANCE | claimHandling     | false
      huangwei | PROCESS_DEFINITION | CREATE_INSTANCE | claimHandling     | false
      chenjie  | PROCESS_DEFINITION | MIGRATE_INSTANCE | claimHandling    | true
      zhangwei | PROCESS_DEFINITION | MIGRATE_INSTANCE | claimHandling    | false
      huangwei | APPLICATION        | ACCESS          | tasklist          | false
      channel  | PROCESS_DEFINITION | CREATE_INSTANCE | claimHandling     | true
      channel  | PROCESS_DEFINITION | CREATE_INSTANCE | complaintHandling | true
      channel  | APPLICATION        | ACCESS          | tasklist          | false
      gaojing  | APPLICATION        | ACCESS          | tasklist          | true
      gaojing  | PROCESS_DEFINITION | CREATE_INSTANCE | consultationHandling | true
      gaojing  | PROCESS_DEFINITION | CREATE_INSTANCE | claimHandling     | false
      gaojing  | PROCESS_DEFINITION | CREATE_INSTANCE | customerCallBack  | false
      gaojing  | APPLICATION        | ACCESS          | cockpit           | false
      majun    | APPLICATION        | ACCESS          | tasklist          | true
      majun    | PROCESS_DEFINITION | CREATE_INSTANCE | consultationHandling | false
      channel  | PROCESS_DEFINITION | CREATE_INSTANCE | consultationHandling | true
      sunli    | PROCESS_DEFINITION | CREATE_INSTANCE | complaintCauseAnalysis | true
      zhaolei  | PROCESS_DEFINITION | CREATE_INSTANCE | complaintCauseAnalysis | false
      demo     | DEPLOYMENT         | CREATE          | *                 | true
      demo     | APPLICATION        | ACCESS          | cockpit           | true
      """)
  void eachRoleIsGrantedWhatItNeedsAndNoMore(String userId, String resource, String permission, String resourceId,
      boolean granted) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    Map<String, Resource> resources = Map.of("APPLICATION", APPLICATION, "PROCESS_DEFINITION", PROCESS_DEFINITION,
        "DEPLOYMENT", DEPLOYMENT);
    Map<String, Permission> permissions = Map.of("ACCESS", ACCESS, "CREATE_INSTANCE", CREATE_INSTANCE, "CREATE", CREATE,
        "MIGRATE_INSTANCE", ProcessDefinitionPermissions.MIGRATE_INSTANCE, "READ_INSTANCE", READ_INSTANCE,
        "UPDATE_INSTANCE", UPDATE_INSTANCE);

    assertThat(authorizationService.isUserAuthorized(userId, groups, permissions.get(permission),
        resources.get(resource), resourceId)).isEqualTo(granted);
  }

  @Test
  void sharedTasklistFiltersExistAndAreReadableByTheRolesThatUseThem() {
    List<String> names = filterService.createFilterQuery().list().stream().map(Filter::getName).toList();
    assertThat(names).contains(TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUPS_TASKS, TasklistFilters.OVERDUE,
        TasklistFilters.GREEN_CHANNEL);

    Filter greenChannel = filterService.createFilterQuery().filterName(TasklistFilters.GREEN_CHANNEL).singleResult();
    assertThat(readable("zhangwei", greenChannel)).isTrue();
    assertThat(readable("zhaolei", greenChannel)).isFalse();
    Filter myGroups = filterService.createFilterQuery().filterName(TasklistFilters.MY_GROUPS_TASKS).singleResult();
    assertThat(readable("zhaolei", myGroups)).isTrue();
    assertThat(readable("channel", myGroups)).isFalse();
    @SuppressWarnings("unchecked")
    List<Map<String, String>> columns = (List<Map<String, String>>) myGroups.getProperties().get("variables");
    assertThat(columns).extracting(column -> column.get("name")).contains("claimNumber", "complaintNumber",
        "consultationNumber");
    Filter customerVoice = filterService.createFilterQuery().filterName(TasklistFilters.CUSTOMER_VOICE).singleResult();
    assertThat(readable("gaojing", customerVoice)).isTrue();
    assertThat(readable("majun", customerVoice)).isTrue();
    assertThat(readable("zhangwei", customerVoice)).isFalse();
  }

  @Test
  void seedingAgainChangesNothing() throws Exception {
    long groups = identityService.createGroupQuery().count();
    long users = identityService.createUserQuery().count();
    long authorizations = authorizationService.createAuthorizationQuery().count();
    long filters = filterService.createFilterQuery().count();

    roleModelInitializer.run(null);
    demoUsersInitializer.run(null);

    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
  }

  private boolean readable(String userId, Filter filter) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    return authorizationService.isUserAuthorized(userId, groups, READ, FILTER, filter.getId());
  }
}
