/**
 * Notices to customers by SMS and e-mail. Features render a notice (see {@link
 * cn.insure.claims.notification.NoticeTemplates}) and queue it with {@link
 * cn.insure.claims.notification.NotificationOutbox#enqueue} in the transaction of their step; the
 * {@link cn.insure.claims.notification.NotificationDispatcher} sends it afterwards through the
 * {@link cn.insure.claims.notification.SmsGateway} and {@link cn.insure.claims.notification.EmailGateway}
 * ports, with retries.
 */
package cn.insure.claims.notification;
