package cn.insure.claims.system.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Who may call what over HTTP.
 *
 * <p>The engine REST API, the application API and the management endpoints are stateless and
 * need HTTP Basic credentials checked against the engine's identity service; the authenticated
 * user is then handed to the engine so that its authorization checks apply to every call.
 * The Camunda webapps (Tasklist, Cockpit, Admin) keep their own session login and their own
 * CSRF protection, so Spring Security leaves them alone.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identityService, ObjectMapper objectMapper,
      CredentialCheckCache checkedCredentials)
      throws Exception {
    ProblemResponses problems = new ProblemResponses(objectMapper);
    // Path patterns on the whole request path: the engine REST API is a Jersey servlet, not MVC.
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    http.securityMatcher(new OrRequestMatcher(paths.matcher("/engine-rest/**"), paths.matcher("/api/**"),
            paths.matcher("/actuator/**")))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(paths.matcher("/actuator/health"), paths.matcher("/actuator/health/**"),
                paths.matcher("/actuator/info")).permitAll()
            .requestMatchers(paths.matcher("/actuator/**"))
            .hasAuthority(EngineUserAuthenticationProvider.GROUP_PREFIX + "camunda-admin")
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // Stateless Basic authentication, no cookies: cross-site request forgery does not apply.
        .csrf(csrf -> csrf.disable())
        .authenticationProvider(new EngineUserAuthenticationProvider(identityService, checkedCredentials))
        .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
    // Tasklist, Cockpit and Admin authenticate and protect against CSRF themselves
    // (Camunda's CsrfPreventionFilter stays on); the API docs are public descriptions.
    http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable());
    return http.build();
  }
}
