package cn.insure.claims.notification;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends SMS through the provider's HTTP API: {@code POST <url>} with a JSON body
 * {@code {to, signName, text, clientReference}}, the API key as a bearer token and the client
 * reference also as {@code Idempotency-Key}. 2xx is accepted (the provider's {@code messageId} is
 * kept); 4xx other than 408 and 429 is a refusal for good; anything else, and a timeout, is retried.
 */
@Component
@ConditionalOnProperty(name = "claims.notification.sms.gateway", havingValue = "http", matchIfMissing = true)
class HttpSmsGateway implements SmsGateway {

  private final RestClient rest;
  private final ObjectMapper objectMapper;
  private final String signName;

  HttpSmsGateway(RestClient.Builder builder, ObjectMapper objectMapper,
      @Value("${claims.notification.sms.http.url:}") String url,
      @Value("${claims.notification.sms.http.api-key:}") String apiKey,
      @Value("${claims.notification.sms.http.sign-name:理赔服务}") String signName,
      @Value("${claims.notification.sms.http.connect-timeout:5s}") Duration connectTimeout,
      @Value("${claims.notification.sms.http.read-timeout:10s}") Duration readTimeout) {
    if (url == null || url.isBlank() || apiKey == null || apiKey.isBlank()) {
      throw new IllegalStateException("claims.notification.sms.gateway=http needs the provider's URL and API key: set "
          + "claims.notification.sms.http.url (CLAIMS_SMS_URL) and claims.notification.sms.http.api-key "
          + "(CLAIMS_SMS_API_KEY), or claims.notification.sms.gateway=logging to send nothing");
    }
    this.rest = builder.clone().baseUrl(url)
        // HTTP/1.1: the JDK client would otherwise try an h2c upgrade on plain HTTP, which some
        // servers and proxies answer by resetting the stream.
        .requestFactory(ClientHttpRequestFactoryBuilder.jdk()
            .withHttpClientCustomizer(client -> client.version(HttpClient.Version.HTTP_1_1))
            .build(ClientHttpRequestFactorySettings.defaults().withConnectTimeout(connectTimeout)
                .withReadTimeout(readTimeout)))
        .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey).build();
    this.objectMapper = objectMapper;
    this.signName = signName;
  }

  @Override
  public String send(Sms sms) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("to", sms.mobile());
    body.put("signName", signName);
    body.put("text", sms.text());
    body.put("clientReference", sms.clientReference());
    try {
      return rest.post().contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
          .header("Idempotency-Key", sms.clientReference()).body(body)
          .exchange((request, response) -> {
            HttpStatusCode status = response.getStatusCode();
            String answer = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
            if (status.is2xxSuccessful()) {
              return providerReference(answer, sms.clientReference());
            }
            String detail = "HTTP " + status.value() + (answer.isBlank() ? "" : ": " + abbreviate(answer));
            if (status.is4xxClientError() && status.value() != 408 && status.value() != 429) {
              throw new NotificationRejectedException("The SMS provider refuses the message (" + detail + ")");
            }
            throw new IllegalStateException("The SMS provider is not available (" + detail + ")");
          });
    } catch (ResourceAccessException e) {
      throw new IllegalStateException("The SMS provider did not answer in time or cannot be reached: "
          + e.getMessage(), e);
    }
  }

  private String providerReference(String answer, String fallback) {
    try {
      JsonNode json = answer.isBlank() ? null : objectMapper.readTree(answer);
      return json == null || json.path("messageId").asText("").isBlank() ? fallback : json.path("messageId").asText();
    } catch (IOException e) {
      return fallback;
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }
}
