package cn.insure.claims.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.claim.ClaimFixtures;
import cn.insure.claims.claim.ClaimService;

/**
 * A retried payment step with the HTTP bank adapter pays once: the step's transaction rolls back
 * when the bank's answer is lost, the retry (Cockpit's "retry" on the incident) sends the same
 * idempotency key, and the bank's answer for the earlier transfer is recorded as the one payment.
 */
@ClaimsSpringBootTest
class BankPaymentRetryTest {

  @RegisterExtension
  static WireMockExtension bank = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Autowired NamedParameterJdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired Clock clock;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;
  @Autowired ObjectMapper objectMapper;
  @Autowired ClaimService claimService;

  @Test
  void aPaymentWhoseAnswerWasLostIsRetriedWithTheSameKeyAndRecordedOnce() {
    String claimNumber = claimService.submit(ClaimFixtures.medicalClaimWithAllDocuments(), null, "channel").claim()
        .claimNumber();
    String key = claimNumber + "-FINAL-1";
    bank.stubFor(post(urlEqualTo("/transfers")).inScenario("lost answer").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(201).withFixedDelay(1500).withHeader("Content-Type", "application/json")
            .withBody("{\"transferId\":\"TRF-20261122-99001\",\"status\":\"EXECUTED\"}"))
        .willSetStateTo("executed"));
    bank.stubFor(post(urlEqualTo("/transfers")).inScenario("lost answer").whenScenarioStateIs("executed")
        .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/json")
            .withBody("{\"transferId\":\"TRF-20261122-99001\",\"message\":\"Idempotency-Key already used\"}")));
    ClaimPayments payments = new ClaimPayments(jdbc, new HttpBankPaymentGateway(RestClient.builder(), objectMapper,
        new HttpBankPaymentGateway.Settings(bank.baseUrl(), "insurer-440300", "test-api-key", Duration.ofSeconds(2),
            Duration.ofMillis(500)), null), clock, transactions);
    ClaimPayments.Payee payee = new ClaimPayments.Payee("王小明", "招商银行", "6225880112345678");

    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> payments.payOnline(claimNumber,
        ClaimPayments.Kind.FINAL, new BigDecimal("12000.00"), payee)))
        .isInstanceOf(PaymentGateway.TransferNotConfirmedException.class);
    assertThat(payments.paid(claimNumber)).isEmpty();

    transaction.executeWithoutResult(status -> payments.payOnline(claimNumber, ClaimPayments.Kind.FINAL,
        new BigDecimal("12000.00"), payee));

    assertThat(payments.paid(claimNumber)).singleElement().satisfies(payment -> {
      assertThat(payment.idempotencyKey()).isEqualTo(key);
      assertThat(payment.reference()).isEqualTo("TRF-20261122-99001");
    });
    assertThat(payments.bankReferences(claimNumber)).containsExactly("TRF-20261122-99001");
    bank.verify(exactly(2), postRequestedFor(urlEqualTo("/transfers")).withHeader("Idempotency-Key", equalTo(key)));
  }
}
