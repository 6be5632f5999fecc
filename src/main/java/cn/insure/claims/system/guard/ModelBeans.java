package cn.insure.claims.system.guard;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationContext;

/**
 * The Spring beans that expressions in models may name: this application's delegates and listeners
 * (one per service task or listener, by the naming convention) and the few helpers listed in
 * {@link #HELPERS}. Every other bean — the engine's services, repositories, the data source — is
 * invisible to a model, whoever deployed it.
 */
public final class ModelBeans extends AbstractMap<Object, Object> {

  /** Beans that models use for values, not as delegates, each with why. */
  public static final Map<String, String> HELPERS = Map.of(
      "claimClocks", "timer periods of the statutory clocks (claim-handling.bpmn)");

  private static final String APPLICATION_PACKAGE = "cn.insure.claims.";
  private static final Class<?>[] MODEL_TYPES = {JavaDelegate.class, TaskListener.class, ExecutionListener.class};

  private final ApplicationContext applicationContext;
  private volatile Set<String> names;

  ModelBeans(ApplicationContext applicationContext) {
    this.applicationContext = applicationContext;
  }

  /** The names expressions may use. */
  public Set<String> names() {
    Set<String> known = names;
    if (known == null) {
      known = new TreeSet<>(HELPERS.keySet());
      for (Class<?> type : MODEL_TYPES) {
        Arrays.stream(applicationContext.getBeanNamesForType(type, false, false))
            .filter(name -> applicationClass(applicationContext.getType(name)))
            .forEach(known::add);
      }
      names = known;
    }
    return known;
  }

  private static boolean applicationClass(Class<?> type) {
    return type != null && type.getName().startsWith(APPLICATION_PACKAGE);
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String name && names().contains(name);
  }

  @Override
  public Object get(Object key) {
    return containsKey(key) ? applicationContext.getBean((String) key) : null;
  }

  @Override
  public Set<Entry<Object, Object>> entrySet() {
    return names().stream().map(name -> Map.entry((Object) name, applicationContext.getBean(name)))
        .collect(Collectors.toSet());
  }
}
