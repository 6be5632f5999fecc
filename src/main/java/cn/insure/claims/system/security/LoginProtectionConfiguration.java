package cn.insure.claims.system.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The login throttle (instead of the engine's account lock-out) and the closed first-admin setup,
 * both as servlet filters ahead of Spring Security and of the webapps' own filters.
 */
@Configuration
class LoginProtectionConfiguration {

  @Bean
  LoginThrottle loginThrottle(
      @Value("${claims.security.login-throttle.free-failures-per-user:5}") int freePerUser,
      @Value("${claims.security.login-throttle.max-delay-per-user:PT30S}") Duration maxDelayPerUser,
      @Value("${claims.security.login-throttle.free-failures-per-address:10}") int freePerAddress,
      @Value("${claims.security.login-throttle.max-delay-per-address:PT5M}") Duration maxDelayPerAddress,
      @Value("${claims.security.login-throttle.forget-after:PT15M}") Duration forgetAfter) {
    return new LoginThrottle(new LoginThrottle.Policy(freePerUser, maxDelayPerUser, freePerAddress, maxDelayPerAddress,
        forgetAfter, 100_000), Clock.systemUTC());
  }

  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle, ObjectMapper objectMapper) {
    FilterRegistrationBean<LoginThrottleFilter> registration =
        new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, objectMapper));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    registration.addUrlPatterns("/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<FirstAdminSetupClosedFilter> firstAdminSetupClosedFilter(ObjectMapper objectMapper) {
    FilterRegistrationBean<FirstAdminSetupClosedFilter> registration =
        new FilterRegistrationBean<>(new FirstAdminSetupClosedFilter(objectMapper));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    registration.addUrlPatterns("/*");
    return registration;
  }
}
