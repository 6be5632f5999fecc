package cn.insure.claims.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** The SMS adapters: the HTTP one against a stub of the provider (WireMock), and the demo one that sends nothing. */
@ExtendWith(OutputCaptureExtension.class)
class HttpSmsGatewayTest {

  @RegisterExtension
  static WireMockExtension provider = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final SmsGateway.Sms SMS = new SmsGateway.Sms("13800138000", "理赔申请受理通知 CLM-20261122-000042\n尊敬的王小明：…",
      "<3f2a9c.notice@claims.insure.cn>");

  @Test
  void aMessageIsPostedAsJsonWithTheKeyAndItsReferenceAndTheProvidersIdIsKept() {
    provider.stubFor(post(urlEqualTo("/v1/sms")).willReturn(aResponse().withStatus(202)
        .withHeader("Content-Type", "application/json").withBody("{\"messageId\":\"SMS-7781\",\"segments\":2}")));

    String reference = gateway(Duration.ofSeconds(2)).send(SMS);

    assertThat(reference).isEqualTo("SMS-7781");
    provider.verify(postRequestedFor(urlEqualTo("/v1/sms"))
        .withHeader("Authorization", equalTo("Bearer sms-test-key"))
        .withHeader("Idempotency-Key", equalTo("<3f2a9c.notice@claims.insure.cn>"))
        .withRequestBody(equalToJson("""
            {"to": "13800138000", "signName": "理赔服务",
             "text": "理赔申请受理通知 CLM-20261122-000042\\n尊敬的王小明：…",
             "clientReference": "<3f2a9c.notice@claims.insure.cn>"}""")));
  }

  @Test
  void aNumberTheProviderRefusesIsNotRetried() {
    provider.stubFor(post(urlEqualTo("/v1/sms")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid mobile number\"}")));

    assertThatThrownBy(() -> gateway(Duration.ofSeconds(2)).send(SMS))
        .isInstanceOf(NotificationRejectedException.class).hasMessageContaining("HTTP 400");
  }

  @Test
  void aProviderThatIsDownOrThrottlesIsRetried() {
    provider.stubFor(post(urlEqualTo("/v1/sms")).willReturn(aResponse().withStatus(429)));

    assertThatThrownBy(() -> gateway(Duration.ofSeconds(2)).send(SMS))
        .isInstanceOf(IllegalStateException.class).isNotInstanceOf(NotificationRejectedException.class)
        .hasMessageContaining("HTTP 429");
  }

  @Test
  void aProviderThatDoesNotAnswerInTimeIsRetried() {
    provider.stubFor(post(urlEqualTo("/v1/sms")).willReturn(aResponse().withStatus(202).withFixedDelay(3000)));

    assertThatThrownBy(() -> gateway(Duration.ofMillis(300)).send(SMS))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("did not answer in time");
  }

  @Test
  void theAdapterRefusesToStartWithoutUrlAndKey() {
    assertThatThrownBy(() -> new HttpSmsGateway(RestClient.builder(), new ObjectMapper(), "", "", "理赔服务",
        Duration.ofSeconds(1), Duration.ofSeconds(1))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CLAIMS_SMS_URL");
  }

  @Test
  void theDemoAdapterSaysPlainlyThatItSentNothingAndMasksThePhone(CapturedOutput output) {
    String reference = new LoggingSmsGateway().send(SMS);

    assertThat(reference).isEqualTo("SMS NOT SENT (demo logging adapter)");
    assertThat(output.getOut()).contains("SMS NOT SENT (demo logging adapter)").contains("138****8000")
        .doesNotContain("13800138000");
  }

  private static HttpSmsGateway gateway(Duration readTimeout) {
    return new HttpSmsGateway(RestClient.builder(), new ObjectMapper(), provider.url("/v1/sms"), "sms-test-key",
        "理赔服务", Duration.ofSeconds(2), readTimeout);
  }
}
