package cn.insure.claims.system.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks the Camunda Modeler element templates in {@code .camunda/element-templates} against the
 * application and the models: a template's delegate expression names a Spring bean that is a
 * {@link JavaDelegate}, its decision exists, no two templates share an id, every delegate bean a
 * model uses has a template or is declared process-specific (with a reason), payment-like
 * templates (asynchronous) are used asynchronously with a retry cycle, and an element that says
 * {@code camunda:modelerTemplate} carries what its template fixes.
 *
 * <p>Plain Java: the caller says which beans exist (a name → bean lookup), so the same guard runs
 * over the real folders and over a small broken fixture tree.
 */
final class ElementTemplateGuard {

  private static final Pattern BEAN = Pattern.compile("^\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");
  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  /** One template as far as this guard needs it. */
  record Template(String file, String id, int version, String elementType, Map<String, String> fixed) {

    String bean() {
      String expression = fixed.get("camunda:delegateExpression");
      if (expression == null) {
        return null;
      }
      Matcher matcher = BEAN.matcher(expression);
      return matcher.matches() ? matcher.group(1) : expression;
    }

    boolean async() {
      return "true".equals(fixed.get("camunda:asyncBefore"));
    }
  }

  private final Path templates;
  private final Path processes;
  private final Function<String, Object> beans;
  private final Map<String, String> processSpecific;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param beans the Spring bean of a name, or {@code null} when there is none
   * @param processSpecific delegate beans that deliberately have no template, each with its reason
   */
  ElementTemplateGuard(Path templates, Path processes, Function<String, Object> beans,
      Map<String, String> processSpecific) {
    this.templates = templates;
    this.processes = processes;
    this.beans = beans;
    this.processSpecific = processSpecific;
  }

  List<Template> templates() {
    List<Template> result = new ArrayList<>();
    for (Path file : files(templates, ".json")) {
      JsonNode root = readJson(file);
      for (JsonNode node : root.isArray() ? root : List.of(root)) {
        Map<String, String> fixed = new LinkedHashMap<>();
        for (JsonNode property : node.path("properties")) {
          JsonNode binding = property.path("binding");
          if ("Hidden".equals(property.path("type").asText()) && "property".equals(binding.path("type").asText())) {
            fixed.put(binding.path("name").asText(), property.path("value").asText());
          }
        }
        result.add(new Template(relative(templates, file), node.path("id").asText(null), node.path("version").asInt(0),
            node.path("elementType").path("value").asText(null), fixed));
      }
    }
    return result;
  }

  List<String> check() {
    List<String> violations = new ArrayList<>();
    List<Template> all = templates();
    if (all.isEmpty()) {
      violations.add(templates + ": no element template");
    }
    Set<String> decisions = decisionIds();
    Map<String, Template> byId = new HashMap<>();
    Map<String, Template> byBean = new HashMap<>();
    Set<String> templatedDecisions = new TreeSet<>();
    for (Template template : all) {
      String where = template.file() + " › " + template.id() + ": ";
      if (template.id() == null || template.id().isBlank()) {
        violations.add(template.file() + ": a template has no id");
        continue;
      }
      Template other = byId.putIfAbsent(template.id(), template);
      if (other != null) {
        violations.add(where + "template id is also used in " + other.file());
      }
      String bean = template.bean();
      if (bean != null) {
        Object instance = beans.apply(bean);
        if (instance == null) {
          violations.add(where + "delegate expression ${" + bean + "} names no Spring bean");
        } else if (!(instance instanceof JavaDelegate)) {
          violations.add(where + "bean " + bean + " is a " + instance.getClass().getSimpleName()
              + ", not a JavaDelegate");
        }
        Template sameBean = byBean.putIfAbsent(bean, template);
        if (sameBean != null) {
          violations.add(where + "bean " + bean + " already has template " + sameBean.id());
        }
        if (processSpecific.containsKey(bean)) {
          violations.add(where + "bean " + bean + " has a template but is also listed as process-specific");
        }
      }
      String decision = template.fixed().get("camunda:decisionRef");
      if (decision != null) {
        templatedDecisions.add(decision);
        if (!decisions.contains(decision)) {
          violations.add(where + "decisionRef " + decision + " matches no decision id in " + processes);
        }
      }
      if (bean == null && decision == null) {
        violations.add(where + "fixes neither a delegate expression nor a decision");
      }
    }

    Set<String> beansInModels = new TreeSet<>();
    for (Path file : files(processes, ".bpmn")) {
      String name = relative(processes, file);
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        String bean = beanOf(task.getCamundaDelegateExpression());
        if (bean != null) {
          beansInModels.add(bean);
          requireTemplateOrReason(violations, name, task.getId(), bean, byBean);
          Template template = byBean.get(bean);
          if (template != null && template.async()) {
            if (!task.isCamundaAsyncBefore()) {
              violations.add(name + " › " + task.getId() + ": " + bean + " runs asynchronously (template "
                  + template.id() + "): set asyncBefore");
            }
            if (task.getExtensionElements() == null || task.getExtensionElements().getElementsQuery()
                .filterByType(CamundaFailedJobRetryTimeCycle.class).count() == 0) {
              violations.add(name + " › " + task.getId() + ": " + bean + " needs a retry time cycle (R3/PT5M)");
            }
          }
        }
      }
      for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
        String bean = beanOf(listener.getCamundaDelegateExpression());
        if (bean != null) {
          beansInModels.add(bean);
          requireTemplateOrReason(violations, name, ownerId(listener), bean, byBean);
        }
      }
      for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
        String bean = beanOf(listener.getCamundaDelegateExpression());
        if (bean != null) {
          beansInModels.add(bean);
          requireTemplateOrReason(violations, name, ownerId(listener), bean, byBean);
        }
      }
      for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
        String decision = task.getCamundaDecisionRef();
        if (decision != null && !templatedDecisions.contains(decision)) {
          violations.add(name + " › " + task.getId() + ": decision " + decision + " has no element template");
        }
      }
      for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
        String templateId = element.getAttributeValueNs(CAMUNDA_NS, "modelerTemplate");
        if (templateId != null) {
          checkTemplateUse(violations, name, element, byId.get(templateId), templateId);
        }
      }
    }
    processSpecific.forEach((bean, reason) -> {
      if (reason == null || reason.isBlank()) {
        violations.add("process-specific bean " + bean + ": give the reason it has no template");
      }
      if (!beansInModels.contains(bean)) {
        violations.add("process-specific bean " + bean + " is used by no model under " + processes
            + ": remove it from the list");
      }
    });
    return violations;
  }

  private void requireTemplateOrReason(List<String> violations, String file, String elementId, String bean,
      Map<String, Template> byBean) {
    if (!byBean.containsKey(bean) && !processSpecific.containsKey(bean)) {
      violations.add(file + " › " + elementId + ": delegate bean " + bean
          + " has no element template and is not listed as process-specific (with a reason)");
    }
  }

  private static void checkTemplateUse(List<String> violations, String file, BaseElement element, Template template,
      String templateId) {
    String where = file + " › " + element.getId() + ": ";
    if (template == null) {
      violations.add(where + "modelerTemplate " + templateId + " is no template in .camunda/element-templates");
      return;
    }
    String version = element.getAttributeValueNs(CAMUNDA_NS, "modelerTemplateVersion");
    if (version != null && !version.equals(String.valueOf(template.version()))) {
      violations.add(where + "modelerTemplateVersion " + version + " but template " + templateId + " is version "
          + template.version());
    }
    String typeName = element.getElementType().getTypeName();
    String type = "bpmn:" + Character.toUpperCase(typeName.charAt(0)) + typeName.substring(1);
    if (template.elementType() != null && !template.elementType().equals(type)) {
      violations.add(where + "is a " + type + ", template " + templateId + " makes a " + template.elementType());
    }
    template.fixed().forEach((attribute, value) -> {
      String actual = element.getAttributeValueNs(CAMUNDA_NS, attribute.substring("camunda:".length()));
      if (!value.equals(actual)) {
        violations.add(where + attribute + " is " + actual + ", template " + templateId + " fixes " + value);
      }
    });
  }

  private Set<String> decisionIds() {
    Set<String> ids = new TreeSet<>();
    for (Path file : files(processes, ".dmn")) {
      Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class).forEach(d -> ids.add(d.getId()));
    }
    return ids;
  }

  private static String ownerId(org.camunda.bpm.model.xml.instance.ModelElementInstance listener) {
    var parent = listener.getParentElement();
    while (parent != null && !(parent instanceof BaseElement)) {
      parent = parent.getParentElement();
    }
    return parent == null ? "" : ((BaseElement) parent).getId();
  }

  private static String beanOf(String expression) {
    if (expression == null) {
      return null;
    }
    Matcher matcher = BEAN.matcher(expression.trim());
    return matcher.matches() ? matcher.group(1) : null;
  }

  private JsonNode readJson(Path file) {
    try {
      return json.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(file + " is not valid JSON", e);
    }
  }

  private static List<Path> files(Path root, String extension) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }
}
