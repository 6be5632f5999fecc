package cn.insure.claims.notification;

/**
 * The port to the SMS provider. Adapters: {@link HttpSmsGateway} (the provider's HTTP API) and, in
 * the demo profile, {@link LoggingSmsGateway}, which sends nothing.
 */
public interface SmsGateway {

  /** One text message. {@code clientReference} is stable across retries, so the provider can drop repeats. */
  record Sms(String mobile, String text, String clientReference) {
  }

  /**
   * Hands the message to the provider.
   *
   * @return the provider's reference of the message, stored on the outbox row
   * @throws NotificationRejectedException if the provider refuses it for good (e.g. not a mobile number)
   * @throws RuntimeException for anything that may succeed later (provider down, timeout)
   */
  String send(Sms sms);
}
