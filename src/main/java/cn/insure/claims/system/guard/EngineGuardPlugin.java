package cn.insure.claims.system.guard;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Installs the engine's guards against its own users: {@link PersonCommandGuard} on every command,
 * {@link SafeModelsDeployer} on every deployment, and the expression sandbox (model beans only,
 * {@link SandboxElResolver} first) for every expression in every model and decision.
 */
@Component
class EngineGuardPlugin extends AbstractProcessEnginePlugin {

  private final ApplicationContext applicationContext;

  EngineGuardPlugin(ApplicationContext applicationContext) {
    this.applicationContext = applicationContext;
  }

  /** Refusals of the engine REST API and the webapps' proxy to it answer 400/403, not 500. */
  @Bean
  FilterRegistrationBean<EngineRefusals> engineRefusals(ObjectMapper objectMapper) {
    FilterRegistrationBean<EngineRefusals> registration = new FilterRegistrationBean<>(new EngineRefusals(objectMapper));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*", "/camunda/api/cockpit/*");
    return registration;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>(
        configuration.getCustomPostCommandInterceptorsTxRequired() == null ? List.of()
            : configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new PersonCommandGuard());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);

    List<Deployer> deployers = new ArrayList<>(
        configuration.getCustomPreDeployers() == null ? List.of() : configuration.getCustomPreDeployers());
    deployers.add(new SafeModelsDeployer());
    configuration.setCustomPreDeployers(deployers);

    configuration.setExpressionManager(new SandboxedExpressionManager(applicationContext,
        new ModelBeans(applicationContext)));
  }

  /** Spring's expression manager limited to the model beans, with the sandbox resolver first. */
  static final class SandboxedExpressionManager extends SpringExpressionManager {

    SandboxedExpressionManager(ApplicationContext applicationContext, ModelBeans beans) {
      super(applicationContext, beans);
    }

    @Override
    protected ELResolver createElResolver() {
      CompositeELResolver resolver = new CompositeELResolver();
      resolver.add(new SandboxElResolver());
      resolver.add(super.createElResolver());
      return resolver;
    }
  }
}
