package cn.insure.claims.system.guard;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Refuses a deployment whose models carry code the engine would run outside the expression sandbox:
 * Java classes named in the model ({@code camunda:class}), scripts (script tasks, script listeners,
 * conditions and mappings, external script resources) and decision expressions in a script language.
 * Models reach the application only through delegate expressions to its model beans.
 */
final class SafeModelsDeployer implements Deployer {

  private static final String CAMUNDA_BPMN = "http://camunda.org/schema/1.0/bpmn";
  private static final Set<String> EXPRESSION_LANGUAGES = Set.of("feel", "juel", "http://www.omg.org/spec/FEEL/20140401",
      "https://www.omg.org/spec/DMN/20191111/FEEL/", "http://www.omg.org/spec/DMN/20180521/FEEL/");

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    List<String> problems = new ArrayList<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      String name = resource.getName();
      if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml") || name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
        check(name, resource.getBytes(), problems);
      }
    }
    if (!problems.isEmpty()) {
      throw new BadUserRequestException("模型含有不允许的代码 The deployment is refused: " + String.join("; ", problems)
          + ". Models call the application through delegate expressions (${…Delegate}) of its model beans only.");
    }
  }

  private static void check(String resourceName, byte[] bytes, List<String> problems) {
    Document document;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    } catch (Exception unreadable) {
      problems.add(resourceName + " is not well-formed XML without a DOCTYPE");
      return;
    }
    NodeList all = document.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      String where = resourceName + " " + element.getLocalName() + describe(element);
      if (element.hasAttributeNS(CAMUNDA_BPMN, "class")) {
        problems.add(where + " names a Java class (camunda:class=" + element.getAttributeNS(CAMUNDA_BPMN, "class") + ")");
      }
      if (element.hasAttributeNS(CAMUNDA_BPMN, "resource")) {
        problems.add(where + " loads an external script resource");
      }
      String local = element.getLocalName();
      if ("scriptTask".equals(local) || "script".equals(local) && CAMUNDA_BPMN.equals(element.getNamespaceURI())) {
        problems.add(where + " contains a script");
      }
      for (String attribute : List.of("language", "scriptFormat", "expressionLanguage", "typeLanguage")) {
        String value = attribute(element, attribute);
        if (value != null && !value.isBlank() && !"typeLanguage".equals(attribute)
            && !EXPRESSION_LANGUAGES.contains(value.toLowerCase())) {
          problems.add(where + " uses the script language " + value);
        }
      }
    }
  }

  private static String attribute(Element element, String name) {
    if (element.hasAttribute(name)) {
      return element.getAttribute(name);
    }
    return element.hasAttributeNS(CAMUNDA_BPMN, name) ? element.getAttributeNS(CAMUNDA_BPMN, name) : null;
  }

  private static String describe(Element element) {
    Node id = element.getAttributes().getNamedItem("id");
    return id == null ? "" : " '" + id.getNodeValue() + "'";
  }
}
