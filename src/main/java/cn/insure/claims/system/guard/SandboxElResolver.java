package cn.insure.claims.system.guard;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.Set;

import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotFoundException;

/**
 * First resolver of every expression in a model: refuses the ways out of the sandbox that the
 * objects an expression legitimately sees would otherwise offer — the engine's services behind an
 * execution or a task, class objects and reflection, the Spring context, the JVM. An expression that
 * tries fails (at deployment or as an incident), naming what it tried.
 */
final class SandboxElResolver extends ELResolver {

  private static final Set<String> FORBIDDEN_MEMBERS = Set.of("processEngineServices", "getProcessEngineServices",
      "processEngine", "getProcessEngine", "class", "getClass", "classLoader", "getClassLoader", "forName",
      "newInstance", "getDeclaredMethod", "getMethod", "invoke", "applicationContext", "getApplicationContext",
      "beanFactory", "getBeanFactory", "getBean", "runtime", "getRuntime", "exec", "exit", "halt", "load",
      "loadLibrary", "setAccessible", "wait", "notify", "notifyAll");

  private static final Set<String> FORBIDDEN_TYPES = Set.of("org.camunda.bpm.engine.ProcessEngine",
      "org.camunda.bpm.engine.ProcessEngineServices", "org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl",
      "org.springframework.context.ApplicationContext", "org.springframework.beans.factory.BeanFactory",
      "javax.sql.DataSource", "java.lang.Class", "java.lang.ClassLoader", "java.lang.Runtime", "java.lang.System",
      "java.lang.Thread", "java.lang.ProcessBuilder");

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    refuseIfForbidden(base, property);
    return null;
  }

  @Override
  public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    refuseIfForbidden(base, method);
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    refuseIfForbidden(base, property);
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    refuseIfForbidden(base, property);
    return null;
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return null;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }

  private static void refuseIfForbidden(Object base, Object member) {
    if (base == null) {
      return;
    }
    String name = String.valueOf(member);
    if (FORBIDDEN_MEMBERS.contains(name) || forbiddenType(base.getClass())
        || base.getClass().getName().startsWith("java.lang.reflect.")) {
      throw new PropertyNotFoundException("表达式不允许访问 Expressions in models may not reach '" + name + "' of "
          + base.getClass().getSimpleName() + ": they see process variables and the application's model beans only");
    }
  }

  private static boolean forbiddenType(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (FORBIDDEN_TYPES.contains(c.getName())) {
        return true;
      }
      for (Class<?> i : c.getInterfaces()) {
        if (forbiddenType(i)) {
          return true;
        }
      }
    }
    return type.getName().startsWith("org.camunda.bpm.engine.") && type.getSimpleName().endsWith("Service");
  }
}
