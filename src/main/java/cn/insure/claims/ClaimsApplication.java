package cn.insure.claims;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;

// No generated in-memory user: every caller is a user of the engine's identity service.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class ClaimsApplication {

  public static void main(String[] args) {
    SpringApplication.run(ClaimsApplication.class, args);
  }
}
