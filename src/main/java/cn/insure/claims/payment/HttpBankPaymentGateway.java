package cn.insure.claims.payment;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.system.privacy.PersonalData;

/**
 * The bank's payment API over HTTPS ({@code claims.payment.gateway=http}).
 *
 * <p>{@code POST <base-url>/transfers} with the JSON body {@code {amount, currency, payee: {name,
 * bank, accountNumber}, remittanceInformation, endToEndId}}, the headers {@code Authorization:
 * Bearer <api-key>}, {@code X-Client-Id} and {@code Idempotency-Key} (the transfer's key, the same
 * on every retry of one payment). How the answers are read:
 * <ul>
 *   <li>2xx {@code {transferId, status}}: paid, unless {@code status} is {@code REJECTED};</li>
 *   <li>409 with the {@code transferId} of the earlier transfer: the key was sent before (our
 *       earlier attempt timed out after the bank executed it): paid, with the earlier reference;</li>
 *   <li>422 {@code {code, message}}: refused for good (bad account) →
 *       {@link PaymentGateway.TransferRejectedException}, finance corrects the payee;</li>
 *   <li>5xx, 408, 429, a 409 without a transfer id, a timeout or no connection: not confirmed →
 *       {@link PaymentGateway.TransferNotConfirmedException}, retried with the same key;</li>
 *   <li>any other 4xx (bad credentials, wrong URL) is our configuration: an error that becomes an
 *       incident, never a payee correction.</li>
 * </ul>
 */
@Component
@ConditionalOnProperty(name = "claims.payment.gateway", havingValue = "http", matchIfMissing = true)
public class HttpBankPaymentGateway implements PaymentGateway {

  private static final Logger log = LoggerFactory.getLogger(HttpBankPaymentGateway.class);

  /** Where and how to reach the bank. */
  record Settings(String baseUrl, String clientId, String apiKey, Duration connectTimeout, Duration readTimeout) {
  }

  private final RestClient rest;
  private final ObjectMapper objectMapper;

  @Autowired
  HttpBankPaymentGateway(RestClient.Builder builder, ObjectMapper objectMapper, ObjectProvider<SslBundles> sslBundles,
      @Value("${claims.payment.http.base-url:}") String baseUrl,
      @Value("${claims.payment.http.client-id:}") String clientId,
      @Value("${claims.payment.http.api-key:}") String apiKey,
      @Value("${claims.payment.http.connect-timeout:5s}") Duration connectTimeout,
      @Value("${claims.payment.http.read-timeout:30s}") Duration readTimeout,
      @Value("${claims.payment.http.ssl-bundle:}") String sslBundle) {
    this(builder, objectMapper, new Settings(baseUrl, clientId, apiKey, connectTimeout, readTimeout),
        sslBundle.isBlank() ? null : sslBundles.getObject().getBundle(sslBundle));
  }

  HttpBankPaymentGateway(RestClient.Builder builder, ObjectMapper objectMapper, Settings settings,
      SslBundle sslBundle) {
    if (isBlank(settings.baseUrl()) || isBlank(settings.clientId()) || isBlank(settings.apiKey())) {
      throw new IllegalStateException("claims.payment.gateway=http needs the bank's API: set "
          + "claims.payment.http.base-url (CLAIMS_BANK_URL), claims.payment.http.client-id (CLAIMS_BANK_CLIENT_ID) "
          + "and claims.payment.http.api-key (CLAIMS_BANK_API_KEY)");
    }
    ClientHttpRequestFactorySettings http = ClientHttpRequestFactorySettings.defaults()
        .withConnectTimeout(settings.connectTimeout()).withReadTimeout(settings.readTimeout());
    if (sslBundle != null) {
      http = http.withSslBundle(sslBundle);
    }
    this.rest = builder.clone().baseUrl(settings.baseUrl())
        // HTTP/1.1: the JDK client would otherwise try an h2c upgrade on plain HTTP, which some
        // servers and proxies answer by resetting the stream.
        .requestFactory(ClientHttpRequestFactoryBuilder.jdk()
            .withHttpClientCustomizer(client -> client.version(HttpClient.Version.HTTP_1_1)).build(http))
        .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + settings.apiKey())
        .defaultHeader("X-Client-Id", settings.clientId()).build();
    this.objectMapper = objectMapper;
  }

  @Override
  public Receipt transfer(Transfer transfer) {
    Map<String, Object> payee = new LinkedHashMap<>();
    payee.put("name", transfer.accountName());
    payee.put("bank", transfer.bankName());
    payee.put("accountNumber", transfer.accountNumber());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("amount", transfer.amount().setScale(2).toPlainString());
    body.put("currency", transfer.currency());
    body.put("payee", payee);
    body.put("remittanceInformation", "理赔款 " + transfer.claimNumber());
    body.put("endToEndId", transfer.idempotencyKey());
    try {
      return rest.post().uri("/transfers").contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
          .header("Idempotency-Key", transfer.idempotencyKey()).body(body)
          .exchange((request, response) -> answer(transfer, response.getStatusCode().value(),
              new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    } catch (ResourceAccessException e) {
      throw new TransferNotConfirmedException("The bank did not answer transfer " + transfer.idempotencyKey()
          + " in time or cannot be reached (" + e.getMostSpecificCause().getClass().getSimpleName()
          + "); it is retried with the same idempotency key", e);
    }
  }

  private Receipt answer(Transfer transfer, int status, String text) {
    JsonNode json = json(text);
    String transferId = json.path("transferId").asText("");
    if (status >= 200 && status < 300) {
      if ("REJECTED".equalsIgnoreCase(json.path("status").asText(""))) {
        throw rejected(json);
      }
      if (transferId.isBlank()) {
        throw new TransferNotConfirmedException("The bank answered transfer " + transfer.idempotencyKey()
            + " with HTTP " + status + " but without a transferId", null);
      }
      return new Receipt(transferId);
    }
    if (status == 409 && !transferId.isBlank()) {
      log.info("The bank already executed transfer {} as {}: the earlier result stands", transfer.idempotencyKey(),
          transferId);
      return new Receipt(transferId);
    }
    if (status == 422) {
      throw rejected(json);
    }
    if (status >= 500 || status == 408 || status == 409 || status == 429) {
      throw new TransferNotConfirmedException("The bank did not confirm transfer " + transfer.idempotencyKey()
          + " (HTTP " + status + detail(json) + "); it is retried with the same idempotency key", null);
    }
    throw new IllegalStateException("The bank refuses our request for transfer " + transfer.idempotencyKey()
        + " (HTTP " + status + detail(json) + "): check claims.payment.http.* (URL, client id, API key)");
  }

  private static TransferRejectedException rejected(JsonNode json) {
    String code = json.path("code").asText("REJECTED");
    String message = json.path("message").asText("");
    return new TransferRejectedException(PersonalData.maskText(("银行拒绝转账 The bank refuses the transfer: " + code
        + (message.isBlank() ? "" : " – " + message)).trim()));
  }

  private JsonNode json(String text) {
    try {
      return text == null || text.isBlank() ? objectMapper.createObjectNode() : objectMapper.readTree(text);
    } catch (IOException e) {
      return objectMapper.createObjectNode().put("message", text.length() > 200 ? text.substring(0, 200) : text);
    }
  }

  private static String detail(JsonNode json) {
    String message = json.path("message").asText("");
    return message.isBlank() ? "" : ": " + PersonalData.maskText(message);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
