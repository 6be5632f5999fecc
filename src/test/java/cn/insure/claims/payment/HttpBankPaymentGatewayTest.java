package cn.insure.claims.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslStoreBundle;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** The bank adapter against a stub of the bank's payment API (WireMock on a local port). */
class HttpBankPaymentGatewayTest {

  @RegisterExtension
  static WireMockExtension bank = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final PaymentGateway.Transfer TRANSFER = new PaymentGateway.Transfer("CLM-20261122-000042-FINAL-1",
      "CLM-20261122-000042", new BigDecimal("12000"), "CNY", "王小明", "招商银行", "6225880112345678");

  @Test
  void anExecutedTransferAnswersTheBankReference() {
    bank.stubFor(post(urlEqualTo("/transfers")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"transferId\":\"TRF-20261122-88001\",\"status\":\"EXECUTED\",\"valueDate\":\"2026-11-22\"}")));

    PaymentGateway.Receipt receipt = gateway(Duration.ofSeconds(2)).transfer(TRANSFER);

    assertThat(receipt.bankReference()).isEqualTo("TRF-20261122-88001");
    bank.verify(exactly(1), postRequestedFor(urlEqualTo("/transfers"))
        .withHeader("Authorization", equalTo("Bearer test-api-key"))
        .withHeader("X-Client-Id", equalTo("insurer-440300"))
        .withHeader("Idempotency-Key", equalTo("CLM-20261122-000042-FINAL-1"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("""
            {"amount": "12000.00", "currency": "CNY",
             "payee": {"name": "王小明", "bank": "招商银行", "accountNumber": "6225880112345678"},
             "remittanceInformation": "理赔款 CLM-20261122-000042",
             "endToEndId": "CLM-20261122-000042-FINAL-1"}""")));
  }

  @Test
  void aClosedAccountIsRefusedForGoodWithTheAccountNumberMasked() {
    bank.stubFor(post(urlEqualTo("/transfers")).willReturn(aResponse().withStatus(422)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"code\":\"ACCOUNT_CLOSED\",\"message\":\"Account 6225880112345678 is closed\"}")));

    assertThatThrownBy(() -> gateway(Duration.ofSeconds(2)).transfer(TRANSFER))
        .isInstanceOf(PaymentGateway.TransferRejectedException.class)
        .hasMessageContaining("ACCOUNT_CLOSED").hasMessageContaining("************5678")
        .hasMessageNotContaining("6225880112345678");
  }

  @Test
  void aRejectionInsideASuccessfulAnswerIsARefusalToo() {
    bank.stubFor(post(urlEqualTo("/transfers")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"transferId\":\"TRF-1\",\"status\":\"REJECTED\",\"code\":\"NAME_MISMATCH\"}")));

    assertThatThrownBy(() -> gateway(Duration.ofSeconds(2)).transfer(TRANSFER))
        .isInstanceOf(PaymentGateway.TransferRejectedException.class).hasMessageContaining("NAME_MISMATCH");
  }

  @Test
  void aBankThatDoesNotAnswerInTimeLeavesTheTransferUnconfirmedForARetry() {
    bank.stubFor(post(urlEqualTo("/transfers")).willReturn(aResponse().withStatus(201).withFixedDelay(3000)
        .withHeader("Content-Type", "application/json").withBody("{\"transferId\":\"TRF-late\"}")));
    long started = System.nanoTime();

    assertThatThrownBy(() -> gateway(Duration.ofMillis(500)).transfer(TRANSFER))
        .isInstanceOf(PaymentGateway.TransferNotConfirmedException.class)
        .hasMessageContaining("retried with the same idempotency key");
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(2500);
  }

  @Test
  void aBankThatIsDownLeavesTheTransferUnconfirmed() {
    bank.stubFor(post(urlEqualTo("/transfers")).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> gateway(Duration.ofSeconds(2)).transfer(TRANSFER))
        .isInstanceOf(PaymentGateway.TransferNotConfirmedException.class).hasMessageContaining("HTTP 503");
  }

  @Test
  void aBankThatCannotBeReachedLeavesTheTransferUnconfirmed() {
    HttpBankPaymentGateway nowhere = new HttpBankPaymentGateway(RestClient.builder(), new ObjectMapper(),
        new HttpBankPaymentGateway.Settings("http://127.0.0.1:9", "insurer-440300", "test-api-key",
            Duration.ofSeconds(1), Duration.ofSeconds(1)), null);

    assertThatThrownBy(() -> nowhere.transfer(TRANSFER)).isInstanceOf(PaymentGateway.TransferNotConfirmedException.class);
  }

  @Test
  void aReSentKeyThatTheBankAlreadyExecutedAnswersTheEarlierTransferAndPaysOnce() {
    // The first attempt times out after the bank executed it; the retry sends the same key.
    bank.stubFor(post(urlEqualTo("/transfers")).inScenario("lost answer").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(201).withFixedDelay(1500).withHeader("Content-Type", "application/json")
            .withBody("{\"transferId\":\"TRF-20261122-88002\",\"status\":\"EXECUTED\"}"))
        .willSetStateTo("executed"));
    bank.stubFor(post(urlEqualTo("/transfers")).inScenario("lost answer").whenScenarioStateIs("executed")
        .withHeader("Idempotency-Key", equalTo("CLM-20261122-000042-FINAL-1"))
        .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/json")
            .withBody("{\"transferId\":\"TRF-20261122-88002\",\"message\":\"Idempotency-Key already used\"}")));
    HttpBankPaymentGateway gateway = gateway(Duration.ofMillis(500));

    assertThatThrownBy(() -> gateway.transfer(TRANSFER))
        .isInstanceOf(PaymentGateway.TransferNotConfirmedException.class);
    PaymentGateway.Receipt retry = gateway.transfer(TRANSFER);

    assertThat(retry.bankReference()).isEqualTo("TRF-20261122-88002");
    bank.verify(exactly(2), postRequestedFor(urlEqualTo("/transfers"))
        .withHeader("Idempotency-Key", equalTo("CLM-20261122-000042-FINAL-1")));
  }

  @Test
  void aBankThatReplaysTheFirstAnswerForAReSentKeyIsPaidWithThatReference() {
    bank.stubFor(post(urlEqualTo("/transfers")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withHeader("Idempotent-Replayed", "true")
        .withBody("{\"transferId\":\"TRF-20261122-88003\",\"status\":\"EXECUTED\"}")));
    HttpBankPaymentGateway gateway = gateway(Duration.ofSeconds(2));

    List<String> references = List.of(gateway.transfer(TRANSFER).bankReference(),
        gateway.transfer(TRANSFER).bankReference());

    assertThat(references).containsOnly("TRF-20261122-88003");
  }

  @Test
  void aDuplicateWithoutTheEarlierTransferIdIsRetriedRatherThanAssumedPaid() {
    bank.stubFor(post(urlEqualTo("/transfers")).willReturn(aResponse().withStatus(409)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"transfer still in progress\"}")));

    assertThatThrownBy(() -> gateway(Duration.ofSeconds(2)).transfer(TRANSFER))
        .isInstanceOf(PaymentGateway.TransferNotConfirmedException.class).hasMessageContaining("HTTP 409");
  }

  @Test
  void wrongCredentialsAreAConfigurationErrorNotAPayeeProblem() {
    bank.stubFor(post(urlEqualTo("/transfers")).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"unknown client\"}")));

    assertThatThrownBy(() -> gateway(Duration.ofSeconds(2)).transfer(TRANSFER))
        .isInstanceOf(IllegalStateException.class).isNotInstanceOf(PaymentGateway.TransferRejectedException.class)
        .hasMessageContaining("HTTP 401").hasMessageContaining("claims.payment.http");
  }

  @Test
  void theAdapterRefusesToStartWithoutUrlAndCredentials() {
    assertThatThrownBy(() -> new HttpBankPaymentGateway(RestClient.builder(), new ObjectMapper(),
        new HttpBankPaymentGateway.Settings("", "insurer-440300", "", Duration.ofSeconds(1), Duration.ofSeconds(1)),
        null)).isInstanceOf(IllegalStateException.class).hasMessageContaining("CLAIMS_BANK_URL");
  }

  @Test
  void theTransferTravelsOverHttpsTrustingTheBanksCertificateFromAnSslBundle(@TempDir Path dir) throws Exception {
    Path keystore = dir.resolve("bank.p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "bank", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
        "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
        "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit")
        .redirectErrorStream(true).start();
    assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
    WireMockServer httpsBank = new WireMockServer(wireMockConfig().dynamicPort().dynamicHttpsPort()
        .keystorePath(keystore.toString()).keystorePassword("changeit").keyManagerPassword("changeit")
        .keystoreType("PKCS12"));
    httpsBank.start();
    try {
      httpsBank.stubFor(post(urlEqualTo("/transfers")).willReturn(aResponse().withStatus(201)
          .withHeader("Content-Type", "application/json").withBody("{\"transferId\":\"TRF-TLS-1\"}")));
      KeyStore trustStore = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(keystore)) {
        trustStore.load(in, "changeit".toCharArray());
      }
      HttpBankPaymentGateway gateway = new HttpBankPaymentGateway(RestClient.builder(), new ObjectMapper(),
          new HttpBankPaymentGateway.Settings("https://localhost:" + httpsBank.httpsPort(), "insurer-440300",
              "test-api-key", Duration.ofSeconds(2), Duration.ofSeconds(5)),
          SslBundle.of(SslStoreBundle.of(null, null, trustStore)));

      assertThat(gateway.transfer(TRANSFER).bankReference()).isEqualTo("TRF-TLS-1");
    } finally {
      httpsBank.stop();
    }
  }

  private static HttpBankPaymentGateway gateway(Duration readTimeout) {
    return new HttpBankPaymentGateway(RestClient.builder(), new ObjectMapper(), new HttpBankPaymentGateway.Settings(
        bank.baseUrl(), "insurer-440300", "test-api-key", Duration.ofSeconds(2), readTimeout), null);
  }
}
