package cn.insure.claims.system.engine;

import javax.xml.datatype.DatatypeFactory;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Names the JDK's own {@link DatatypeFactory} before the engine starts. Camunda's {@code DurationHelper}
 * calls {@code DatatypeFactory.newInstance()} for every timer it schedules (three per claim), and without
 * the system property the JDK searches the whole class path for a provider each time
 * ({@code META-INF/services} in all 136 jars, through Tomcat's class loader): profiled at about 10 % of
 * the application's CPU per claim during a surge. No jar of the application provides a factory, so the
 * search always ended with the JDK's default; naming it changes nothing but the search
 * ({@code JdkXmlDatatypesTest} checks that no provider appears on the class path). A value set at the
 * command line ({@code -Djavax.xml.datatype.DatatypeFactory=…}) is kept.
 */
@Component
class JdkXmlDatatypes extends AbstractProcessEnginePlugin {

  static final String PROPERTY = DatatypeFactory.class.getName();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
    }
  }
}
