package cn.insure.claims.system.engine;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Gives the DMN engine the {@link LiteralFeelEngine} in front of Camunda's FEEL engine
 * ({@code claims.dmn.literal-feel=false} turns it off and leaves FEEL as Camunda configures it).
 */
@Component
@ConditionalOnProperty(name = "claims.dmn.literal-feel", havingValue = "true", matchIfMissing = true)
class LiteralFeelPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    DefaultDmnEngineConfiguration dmn = (DefaultDmnEngineConfiguration) configuration.getDmnEngineConfiguration();
    if (dmn == null) {
      dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
      configuration.setDmnEngineConfiguration(dmn);
    }
    if (dmn.getFeelEngineFactory() == null) {
      ScalaFeelEngineFactory feel = new ScalaFeelEngineFactory();
      dmn.setFeelEngineFactory(() -> new LiteralFeelEngine(feel.createInstance()));
    }
  }
}
