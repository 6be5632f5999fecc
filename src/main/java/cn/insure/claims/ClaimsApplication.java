package cn.insure.claims;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;

// No generated in-memory user: every caller is a user of the engine's identity service.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class ClaimsApplication {

  public static void main(String[] args) {
    // Timestamps (outbox claims, job locks, due dates) are stored without time zone and compared
    // across nodes: every node reads and writes them in UTC, whatever the host's zone. Business
    // dates name their zone explicitly (CaseNumbers.BUSINESS_ZONE).
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    SpringApplication.run(ClaimsApplication.class, args);
  }
}
