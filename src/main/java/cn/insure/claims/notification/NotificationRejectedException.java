package cn.insure.claims.notification;

/** The mail server or SMS provider refused a message for good: retrying will not help. */
public class NotificationRejectedException extends RuntimeException {

  public NotificationRejectedException(String message) {
    super(message);
  }

  public NotificationRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
