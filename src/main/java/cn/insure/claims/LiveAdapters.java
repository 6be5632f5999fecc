package cn.insure.claims;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import cn.insure.claims.notification.EmailGateway;
import cn.insure.claims.notification.SmsGateway;
import cn.insure.claims.payment.PaymentGateway;

/**
 * Names the live adapters in the start log — payment gateway, SMS, e-mail — so that an operator sees
 * at once whether this node moves money and sends messages for real; the simulated bank outside the
 * demo profile is flagged loudly. Lives at the application's root because it knows every feature's
 * adapters (the features and {@code system} know none of each other's).
 */
@Component
class LiveAdapters implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(LiveAdapters.class);

  private final Environment environment;
  private final ObjectProvider<PaymentGateway> paymentGateways;
  private final ObjectProvider<SmsGateway> smsGateways;
  private final ObjectProvider<EmailGateway> emailGateways;

  LiveAdapters(Environment environment, ObjectProvider<PaymentGateway> paymentGateways,
      ObjectProvider<SmsGateway> smsGateways, ObjectProvider<EmailGateway> emailGateways) {
    this.environment = environment;
    this.paymentGateways = paymentGateways;
    this.smsGateways = smsGateways;
    this.emailGateways = emailGateways;
  }

  @Override
  public void afterSingletonsInstantiated() {
    boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
    String payment = names(paymentGateways.orderedStream().map(Object.class::cast).toList());
    log.info("Live adapters: payment gateway {}, SMS {}, e-mail {} (profiles: {})", payment,
        names(smsGateways.orderedStream().map(Object.class::cast).toList()),
        names(emailGateways.orderedStream().map(Object.class::cast).toList()),
        String.join(",", environment.getActiveProfiles()));
    if (!demo && payment.contains("Simulated")) {
      log.warn("claims.payment.gateway=simulated outside the demo profile: approved claims are marked paid but NO "
          + "MONEY MOVES. Set CLAIMS_PAYMENT_GATEWAY=http and CLAIMS_BANK_* for real payments.");
    }
  }

  private static String names(List<Object> adapters) {
    if (adapters.isEmpty()) {
      return "(none)";
    }
    return adapters.stream().map(adapter -> AopUtils.getTargetClass(adapter).getSimpleName())
        .collect(Collectors.joining("+"));
  }
}
