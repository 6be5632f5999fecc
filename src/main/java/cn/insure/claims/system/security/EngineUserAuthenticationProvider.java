package cn.insure.claims.system.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Checks HTTP Basic credentials against the engine's identity service (the same users and
 * passwords as Tasklist) and turns the user's groups into {@code GROUP_<id>} authorities.
 */
class EngineUserAuthenticationProvider implements AuthenticationProvider {

  static final String GROUP_PREFIX = "GROUP_";

  private final IdentityService identityService;
  private final CredentialCheckCache checkedCredentials;

  EngineUserAuthenticationProvider(IdentityService identityService, CredentialCheckCache checkedCredentials) {
    this.identityService = identityService;
    this.checkedCredentials = checkedCredentials;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    // Cheap path: the same user id and password were checked successfully a few seconds ago.
    if (userId != null && credentials != null) {
      var remembered = checkedCredentials.lookup(userId, credentials.toString());
      if (remembered.isPresent()) {
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, remembered.get());
      }
    }
    if (userId == null || userId.isBlank() || credentials == null
        || !identityService.checkPassword(userId, credentials.toString())) {
      throw new BadCredentialsException("Unknown user or wrong password");
    }
    List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .map(groupId -> new SimpleGrantedAuthority(GROUP_PREFIX + groupId))
        .toList();
    checkedCredentials.remember(userId, credentials.toString(), authorities);
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
