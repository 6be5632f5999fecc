package cn.insure.claims.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import cn.insure.claims.ClaimsApplication;
import cn.insure.claims.payment.PaymentGateway;

/**
 * A production start (no demo profile) is safe or does not happen: no administrator, no start; no
 * bank configured, no start (the simulated bank is never chosen by default); the start log names the
 * live adapters. Each start uses an in-memory H2 database of its own, also under -Ppostgres.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionStartTest {

  @Test
  void withoutAnAdministratorTheProductionStartIsRefusedWithTheVariablesToSet() {
    assertThatThrownBy(() -> start(List.of("--claims.payment.gateway=simulated")).close())
        .hasStackTraceContaining("Production start refused: no administrator")
        .hasStackTraceContaining("CLAIMS_ADMIN_USER_ID");
  }

  @Test
  void anAdministratorWithoutAPasswordOnTheFirstStartIsRefused() {
    assertThatThrownBy(() -> start(List.of("--claims.payment.gateway=simulated", "--claims.admin.user-id=opsadmin"))
        .close())
        .hasStackTraceContaining("administrator 'opsadmin' does not exist yet")
        .hasStackTraceContaining("CLAIMS_ADMIN_PASSWORD");
  }

  @Test
  void withoutTheBanksApiTheProductionStartIsRefusedInsteadOfFallingBackToTheSimulatedBank() {
    assertThatThrownBy(() -> start(List.of("--claims.admin.user-id=opsadmin", "--claims.admin.password=s3cret-Admin"))
        .close())
        .hasStackTraceContaining("claims.payment.gateway=http needs the bank's API")
        .hasStackTraceContaining("CLAIMS_BANK_URL");
  }

  @Test
  void aConfiguredStartNamesItsLiveAdaptersAndWarnsThatTheSimulatedBankMovesNoMoney(CapturedOutput output) {
    try (ConfigurableApplicationContext context = start(List.of("--claims.admin.user-id=opsadmin",
        "--claims.admin.password=s3cret-Admin", "--claims.payment.gateway=simulated"))) {
      assertThat(context.getBean(PaymentGateway.class).getClass().getSimpleName()).startsWith("SimulatedBankGateway");
      IdentityService identity = context.getBean(IdentityService.class);
      assertThat(identity.createUserQuery().userId("opsadmin").memberOfGroup("camunda-admin").count()).isOne();
    }
    assertThat(output.getOut()).contains(
        "Live adapters: payment gateway SimulatedBankGateway, SMS LoggingSmsGateway, e-mail LoggingEmailGateway");
    assertThat(output.getOut()).contains("NO MONEY MOVES");
  }

  @Test
  void theBanksApiIsTheDefaultPaymentGatewayOutsideTheDemo(CapturedOutput output) {
    try (ConfigurableApplicationContext context = start(List.of("--claims.admin.user-id=opsadmin",
        "--claims.admin.password=s3cret-Admin", "--claims.payment.http.base-url=https://bank.example.invalid",
        "--claims.payment.http.client-id=claims", "--claims.payment.http.api-key=unused"))) {
      assertThat(context.getBean(PaymentGateway.class).getClass().getSimpleName()).startsWith("HttpBankPaymentGateway");
    }
    assertThat(output.getOut()).contains("Live adapters: payment gateway HttpBankPaymentGateway")
        .doesNotContain("NO MONEY MOVES");
  }

  private static ConfigurableApplicationContext start(List<String> extra) {
    String name = "prodstart" + UUID.randomUUID().toString().substring(0, 8);
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.profiles.include=",
        "--spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
        "--spring.datasource.driver-class-name=org.h2.Driver", "--spring.datasource.username=sa",
        "--spring.datasource.password=", "--spring.datasource.hikari.connection-init-sql=SELECT 1",
        "--camunda.bpm.process-engine-name=" + name, "--camunda.bpm.webapp.enabled=false",
        "--camunda.bpm.job-execution.enabled=false", "--claims.notification.dispatcher.enabled=false",
        "--claims.notification.email.gateway=logging", "--claims.notification.sms.gateway=logging",
        "--claims.archive.location=target/prodstart-archive"));
    args.addAll(extra);
    return new SpringApplicationBuilder(ClaimsApplication.class).run(args.toArray(String[]::new));
  }
}
