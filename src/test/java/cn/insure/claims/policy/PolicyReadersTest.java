package cn.insure.claims.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.web.ErrorResponseException;

/**
 * Who may read the policy register. Decided on the groups alone, so checked here without logging in (a wrong
 * password elsewhere in the suite delays some demo users, see ApiSecurityTest).
 */
class PolicyReadersTest {

  @ParameterizedTest(name = "{0} in {1} may read policies: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      zhangwei | claims-specialists                 | true
      wangfang | claims-supervisors                 | true
      chenjie  | claims-managers                    | true
      liuyang  | finance                            | true
      zhaolei  | complaints-officers                | true
      channel  | channel-systems                    | true
      demo     | camunda-admin                      | true
      zhoumin  | quality-inspectors                 | false
      huangwei | process-analysts                   | false
      sunli    | complaints-supervisors crisis-team | false
      """)
  void theGroupsThatHandleClaimsOrSpeakForCustomersMayReadPolicies(String user, String groups, boolean mayRead) {
    assertThat(PolicyReaders.mayRead(member(user, groups.split(" ")))).isEqualTo(mayRead);
  }

  @Test
  void aRefusedQualityInspectorIsToldWhichGroupsMayRead() {
    assertThatThrownBy(() -> PolicyReaders.requireReader(member("zhoumin", "quality-inspectors")))
        .isInstanceOfSatisfying(ErrorResponseException.class, refused -> {
          assertThat(refused.getStatusCode().value()).isEqualTo(403);
          assertThat(refused.getBody().getDetail()).contains("claims-specialists").contains("complaints-officers");
        });
  }

  private static Authentication member(String user, String... groups) {
    List<SimpleGrantedAuthority> authorities = Arrays.stream(groups).map(g -> new SimpleGrantedAuthority("GROUP_" + g))
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
  }
}
