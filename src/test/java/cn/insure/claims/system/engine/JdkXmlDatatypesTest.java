package cn.insure.claims.system.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import javax.xml.datatype.DatatypeFactory;

import org.junit.jupiter.api.Test;

/**
 * Naming the JDK's datatype factory only skips the class-path search the engine's timers paid for:
 * no jar provides another factory, so the search found the JDK's own — the one now named.
 */
class JdkXmlDatatypesTest {

  @Test
  void noJarProvidesAnotherDatatypeFactory() throws Exception {
    List<?> providers = Collections.list(Thread.currentThread().getContextClassLoader()
        .getResources("META-INF/services/" + DatatypeFactory.class.getName()));

    assertThat(providers).as("a provider on the class path would be overridden by JdkXmlDatatypes").isEmpty();
  }

  @Test
  void theNamedFactoryIsTheJdksDefault() throws Exception {
    String before = System.getProperty(JdkXmlDatatypes.PROPERTY);
    try {
      new JdkXmlDatatypes().preInit(null);

      assertThat(System.getProperty(JdkXmlDatatypes.PROPERTY))
          .isEqualTo(before != null ? before : DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
      assertThat(DatatypeFactory.newInstance().getClass().getName())
          .isEqualTo(DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
    } finally {
      if (before == null) {
        System.clearProperty(JdkXmlDatatypes.PROPERTY);
      }
    }
  }
}
