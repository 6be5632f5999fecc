package cn.insure.claims.system.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.Signal;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads every BPMN and DMN file under {@code processes/} and every Camunda Form under
 * {@code forms/} and lists what an analyst can break in Camunda Modeler that the engine would only
 * notice when a claim reaches the step (or not at all): a delegate without a bean, a user task
 * nobody can see, a form or decision that is not there, a missing history time to live, a
 * generated id that tests and people cannot refer to, two resources that overwrite each other.
 *
 * <p>Plain Java on purpose: the caller says which Spring beans exist, so the same guard runs over
 * the real folders (with the application's beans) and over small fixture trees.
 */
final class ModelGuard {

  /** What Camunda Modeler and bpmn.io put into a new element: a type name and a random suffix. */
  static final Pattern GENERATED_ID = Pattern.compile(
      "^(Activity|Gateway|Event|StartEvent|EndEvent|Task|Flow|SequenceFlow|Process|Decision|DecisionRule"
          + "|BusinessRuleTask|ServiceTask|UserTask|Timer|Message|Signal|Error|Boundary|IntermediateThrowEvent"
          + "|IntermediateCatchEvent|SubProcess|CallActivity|Definitions|Participant|Collaboration|Lane|InputData"
          + "|LiteralExpression|InputClause|OutputClause|UnaryTests)_([0-9a-zA-Z]{5,}|[0-9]+)$");

  /** The bean a delegate expression starts from: {@code ${archiveClaimDelegate}}. */
  private static final Pattern BEAN_REFERENCE = Pattern.compile("^[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");

  private static final Set<String> FORM_REF_BINDINGS = Set.of("deployment", "latest");

  /** Form components that hold a value without showing it, so they need no label. */
  private static final Set<String> UNLABELLED_COMPONENT_TYPES = Set.of("expression");

  private static final String NO_IMPLEMENTATION =
      "has no implementation: set a delegate expression, a Java class, an expression or an external topic";

  private final Path processes;
  private final Path forms;
  private final Predicate<String> beanExists;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param processes the folder with the BPMN and DMN files, deployed as {@code processes/**}
   * @param forms the folder with the {@code .form} files, deployed as {@code forms/**}
   * @param beanExists whether the application has a Spring bean of that name
   */
  ModelGuard(Path processes, Path forms, Predicate<String> beanExists) {
    this.processes = processes;
    this.forms = forms;
    this.beanExists = beanExists;
  }

  /** One thing to fix, said so that the analyst finds the element in Camunda Modeler. */
  record Violation(String file, String elementId, String problem) {

    Violation {
      elementId = elementId == null ? "" : elementId;
    }

    /** A problem with the file as a whole rather than one element in it. */
    static Violation ofFile(String file, String problem) {
      return new Violation(file, "", problem);
    }

    @Override
    public String toString() {
      return elementId.isEmpty() ? file + ": " + problem : file + " › " + elementId + ": " + problem;
    }
  }

  /** The violations found and how many files were read to find them. */
  record Result(int filesChecked, List<Violation> violations) {
  }

  Result check() {
    List<ModelFile> bpmnFiles = filesEndingWith(processes, ".bpmn");
    List<ModelFile> dmnFiles = filesEndingWith(processes, ".dmn");
    List<ModelFile> formFiles = filesEndingWith(forms, ".form");
    List<Violation> violations = new ArrayList<>();

    checkFileNamesAreUnique(Stream.of(bpmnFiles, dmnFiles, formFiles).flatMap(List::stream).toList(), violations);

    Set<String> formIds = checkForms(formFiles, violations);
    Set<String> decisionIds = new HashSet<>();
    for (ModelFile file : dmnFiles) {
      readDmn(file, violations).ifPresent(dmn -> decisionIds.addAll(checkDecisions(file, dmn, violations)));
    }
    Map<ModelFile, BpmnModelInstance> bpmns = new LinkedHashMap<>();
    Set<String> processIds = new HashSet<>();
    for (ModelFile file : bpmnFiles) {
      readBpmn(file, violations).ifPresent(bpmn -> {
        bpmns.put(file, bpmn);
        bpmn.getModelElementsByType(Process.class).stream()
            .filter(ModelGuard::isExecutable)
            .forEach(process -> processIds.add(process.getId()));
      });
    }
    bpmns.forEach((file, bpmn) -> new BpmnCheck(file.name(), bpmn, formIds, decisionIds, processIds, violations).run());
    violations.sort(Comparator.comparing(Violation::file));
    return new Result(bpmnFiles.size() + dmnFiles.size() + formFiles.size(), List.copyOf(violations));
  }

  /** A model file and the name it is reported under: its folder root and path, e.g. processes/claim/x.bpmn. */
  private record ModelFile(Path path, String name) {
    String fileName() {
      return path.getFileName().toString();
    }
  }

  private static List<ModelFile> filesEndingWith(Path root, String extension) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(Files::isRegularFile)
          .filter(path -> path.getFileName().toString().endsWith(extension))
          .map(path -> new ModelFile(path, displayName(root, path)))
          .sorted(Comparator.comparing(ModelFile::name))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + root, e);
    }
  }

  private static String displayName(Path root, Path file) {
    return root.toAbsolutePath().normalize().getFileName() + "/" + root.relativize(file).toString().replace('\\', '/');
  }

  // Deployed from the application jar, each resource is named by its bare file name, so a second
  // file of the same name silently replaces the first in the deployment.
  private static void checkFileNamesAreUnique(List<ModelFile> files, List<Violation> violations) {
    Map<String, ModelFile> firstByName = new HashMap<>();
    files.stream().sorted(Comparator.comparing(ModelFile::name)).forEach(file -> {
      ModelFile first = firstByName.putIfAbsent(file.fileName(), file);
      if (first != null) {
        violations.add(Violation.ofFile(file.name(), "file name " + file.fileName() + " is also used by "
            + first.name() + "; the deployment names resources by file name, so one would replace the other"));
      }
    });
  }

  private Set<String> checkForms(List<ModelFile> files, List<Violation> violations) {
    Map<String, ModelFile> fileById = new HashMap<>();
    for (ModelFile file : files) {
      JsonNode form;
      try {
        form = json.readTree(file.path().toFile());
      } catch (JsonProcessingException e) {
        violations.add(Violation.ofFile(file.name(), "is not valid JSON: " + jsonProblem(e)));
        continue;
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + file.path(), e);
      }
      String id = form.path("id").asText("").trim();
      if (id.isEmpty()) {
        violations.add(Violation.ofFile(file.name(), "form has no id"));
      } else {
        ModelFile first = fileById.putIfAbsent(id, file);
        if (first != null) {
          violations.add(new Violation(file.name(), id, "form id " + id + " is also used by " + first.name()));
        }
      }
      String type = form.path("type").asText("");
      if (!"default".equals(type)) {
        violations.add(new Violation(file.name(), id, "form type must be \"default\", is \"" + type + "\""));
      }
      checkFieldsHaveLabels(file, form.path("components"), violations);
    }
    return fileById.keySet();
  }

  private static String jsonProblem(JsonProcessingException e) {
    String problem = e.getOriginalMessage().replaceAll("\\[Source: [^;]*; ", "[");
    return e.getLocation() == null ? problem : "line " + e.getLocation().getLineNr() + ", " + problem;
  }

  private static void checkFieldsHaveLabels(ModelFile file, JsonNode components, List<Violation> violations) {
    for (JsonNode component : components) {
      String key = component.path("key").asText("").trim();
      boolean shown = !UNLABELLED_COMPONENT_TYPES.contains(component.path("type").asText(""));
      // A date or time field (datetime) carries its label as dateLabel / timeLabel.
      String label = component.path("label").asText("") + component.path("dateLabel").asText("")
          + component.path("timeLabel").asText("");
      if (!key.isEmpty() && shown && label.isBlank()) {
        violations.add(new Violation(file.name(), key, "form field has no label"));
      }
      checkFieldsHaveLabels(file, component.path("components"), violations);
    }
  }

  private static Optional<DmnModelInstance> readDmn(ModelFile file, List<Violation> violations) {
    try {
      return Optional.of(Dmn.readModelFromFile(file.path().toFile()));
    } catch (ModelException e) {
      violations.add(Violation.ofFile(file.name(), "cannot be read as DMN: " + rootMessage(e)));
      return Optional.empty();
    }
  }

  private static Optional<BpmnModelInstance> readBpmn(ModelFile file, List<Violation> violations) {
    try {
      return Optional.of(Bpmn.readModelFromFile(file.path().toFile()));
    } catch (ModelException e) {
      violations.add(Violation.ofFile(file.name(), "cannot be read as BPMN 2.0: " + rootMessage(e)));
      return Optional.empty();
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }

  private static Set<String> checkDecisions(ModelFile file, DmnModelInstance dmn, List<Violation> violations) {
    Set<String> decisionIds = new HashSet<>();
    for (Decision decision : dmn.getModelElementsByType(Decision.class)) {
      decisionIds.add(decision.getId());
      checkNotGenerated(file.name(), decision.getId(), violations);
      if (isBlank(decision.getCamundaHistoryTimeToLiveString())) {
        violations.add(new Violation(file.name(), decision.getId(), "decision has no historyTimeToLive"));
      }
    }
    for (Rule rule : dmn.getModelElementsByType(Rule.class)) {
      checkNotGenerated(file.name(), rule.getId(), violations);
    }
    return decisionIds;
  }

  private static void checkNotGenerated(String file, String id, List<Violation> violations) {
    if (id != null && GENERATED_ID.matcher(id).matches()) {
      violations.add(new Violation(file, id,
          "generated id: rename it in camelCase to say what happens (firstReview, claimPaid, documentsMissing)"));
    }
  }

  /** Only executable processes are deployed; a pool drawn for an outside party is documentation. */
  private static boolean isExecutable(ModelElementInstance element) {
    ModelElementInstance current = element;
    while (current != null && !(current instanceof Process)) {
      current = current.getParentElement();
    }
    if (current == null) {
      return false;
    }
    // The engine treats a process without isExecutable as executable.
    String executable = ((Process) current).getAttributeValue("isExecutable");
    return executable == null || Boolean.parseBoolean(executable);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static boolean isExpression(String value) {
    return value.startsWith("${") || value.startsWith("#{");
  }

  /** The checks of one BPMN file, given what the other files define. */
  private final class BpmnCheck {

    private final String file;
    private final BpmnModelInstance bpmn;
    private final Set<String> formIds;
    private final Set<String> decisionIds;
    private final Set<String> processIds;
    private final List<Violation> violations;

    BpmnCheck(String file, BpmnModelInstance bpmn, Set<String> formIds, Set<String> decisionIds,
        Set<String> processIds, List<Violation> violations) {
      this.file = file;
      this.bpmn = bpmn;
      this.formIds = formIds;
      this.decisionIds = decisionIds;
      this.processIds = processIds;
      this.violations = violations;
    }

    void run() {
      checkIds();
      checkHistoryTimeToLive();
      executable(UserTask.class).forEach(this::checkUserTask);
      executable(StartEvent.class).forEach(this::checkStartForm);
      executable(ServiceTask.class).forEach(task -> checkImplementation(task.getId(), "service task",
          task.getCamundaDelegateExpression(), task.getCamundaClass(), task.getCamundaExpression(),
          task.getCamundaType()));
      executable(SendTask.class).forEach(task -> checkImplementation(task.getId(), "send task",
          task.getCamundaDelegateExpression(), task.getCamundaClass(), task.getCamundaExpression(),
          task.getCamundaType()));
      executable(MessageEventDefinition.class)
          .filter(message -> message.getParentElement() instanceof ThrowEvent)
          .forEach(message -> checkImplementation(ownerId(message), "message throw event",
              message.getCamundaDelegateExpression(), message.getCamundaClass(), message.getCamundaExpression(),
              message.getCamundaType()));
      executable(BusinessRuleTask.class).forEach(this::checkBusinessRuleTask);
      executable(CallActivity.class).forEach(this::checkCallActivity);
      executable(CamundaExecutionListener.class).forEach(listener -> checkDelegate(ownerId(listener),
          "execution listener: ", listener.getCamundaDelegateExpression(), listener.getCamundaClass()));
      executable(CamundaTaskListener.class).forEach(listener -> checkDelegate(ownerId(listener),
          "task listener: ", listener.getCamundaDelegateExpression(), listener.getCamundaClass()));
    }

    private <T extends ModelElementInstance> Stream<T> executable(Class<T> type) {
      return bpmn.getModelElementsByType(type).stream().filter(ModelGuard::isExecutable);
    }

    private void checkIds() {
      Stream.<Class<? extends BaseElement>>of(FlowElement.class, Process.class, Message.class, Signal.class,
              org.camunda.bpm.model.bpmn.instance.Error.class)
          .<BaseElement>flatMap(type -> bpmn.getModelElementsByType(type).stream())
          .forEach(element -> checkNotGenerated(file, element.getId(), violations));
    }

    private void checkHistoryTimeToLive() {
      executable(Process.class)
          .filter(process -> isBlank(process.getCamundaHistoryTimeToLiveString()))
          .forEach(process -> violations.add(
              new Violation(file, process.getId(), "executable process has no historyTimeToLive")));
    }

    private void checkUserTask(UserTask task) {
      if (isBlank(task.getCamundaFormRef()) && isBlank(task.getCamundaFormKey())) {
        violations.add(new Violation(file, task.getId(),
            "user task has no form: link a Camunda Form (formRef) or set a formKey"));
      }
      if (!isBlank(task.getCamundaFormRef()) && !isBlank(task.getCamundaFormKey())) {
        violations.add(new Violation(file, task.getId(), "user task has both formRef and formKey; keep one"));
      }
      checkFormRef(task.getId(), task.getCamundaFormRef(), task.getCamundaFormRefBinding());
      if (isBlank(task.getCamundaCandidateGroups()) && isBlank(task.getCamundaAssignee())) {
        violations.add(new Violation(file, task.getId(), "user task has no candidate group or assignee"));
      }
    }

    private void checkStartForm(StartEvent start) {
      checkFormRef(start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding());
    }

    private void checkFormRef(String elementId, String formRef, String binding) {
      if (isBlank(formRef)) {
        return;
      }
      if (!isExpression(formRef) && !formIds.contains(formRef)) {
        violations.add(new Violation(file, elementId, "formRef " + formRef + " matches no form id in forms/"));
      }
      // Without a binding the engine uses the latest deployed form, as Camunda Modeler shows.
      if (binding != null && !FORM_REF_BINDINGS.contains(binding)) {
        violations.add(new Violation(file, elementId,
            "formRefBinding is " + binding + "; use deployment or latest"));
      }
    }

    private void checkBusinessRuleTask(BusinessRuleTask task) {
      String decisionRef = task.getCamundaDecisionRef();
      if (isBlank(decisionRef)) {
        if (!hasImplementation(task.getCamundaDelegateExpression(), task.getCamundaClass(),
            task.getCamundaExpression(), task.getCamundaType())) {
          violations.add(new Violation(file, task.getId(),
              "business rule task has no decisionRef: set it to a decision id from processes/"));
        }
        checkDelegate(task.getId(), "", task.getCamundaDelegateExpression(), task.getCamundaClass());
      } else if (!isExpression(decisionRef) && !decisionIds.contains(decisionRef)) {
        violations.add(new Violation(file, task.getId(),
            "decisionRef " + decisionRef + " matches no decision id in processes/"));
      }
    }

    private void checkCallActivity(CallActivity activity) {
      String calledElement = activity.getCalledElement();
      if (isBlank(calledElement)) {
        violations.add(new Violation(file, activity.getId(), "call activity has no calledElement"));
      } else if (!isExpression(calledElement) && !processIds.contains(calledElement)) {
        violations.add(new Violation(file, activity.getId(),
            "calledElement " + calledElement + " matches no process id in processes/"));
      }
      checkDelegate(activity.getId(), "variable mapping: ", activity.getCamundaVariableMappingDelegateExpression(),
          activity.getCamundaVariableMappingClass());
    }

    private void checkImplementation(String elementId, String kind, String delegateExpression, String className,
        String expression, String type) {
      if (!hasImplementation(delegateExpression, className, expression, type)) {
        violations.add(new Violation(file, elementId, kind + " " + NO_IMPLEMENTATION));
      }
      checkDelegate(elementId, "", delegateExpression, className);
    }

    private static boolean hasImplementation(String delegateExpression, String className, String expression,
        String type) {
      return !isBlank(delegateExpression) || !isBlank(className) || !isBlank(expression) || "external".equals(type);
    }

    private void checkDelegate(String elementId, String where, String delegateExpression, String className) {
      if (!isBlank(delegateExpression)) {
        Matcher bean = BEAN_REFERENCE.matcher(delegateExpression.trim());
        if (!bean.find()) {
          violations.add(new Violation(file, elementId, where + "delegate expression " + delegateExpression
              + " does not name a bean; write it as ${beanName}"));
        } else if (!beanExists.test(bean.group(1))) {
          violations.add(new Violation(file, elementId,
              where + "delegate expression " + delegateExpression + " names no Spring bean"));
        }
      }
      if (!isBlank(className) && !classExists(className.trim())) {
        violations.add(new Violation(file, elementId, where + "Java class " + className + " does not exist"));
      }
    }

    private boolean classExists(String className) {
      try {
        Class.forName(className, false, ModelGuard.class.getClassLoader());
        return true;
      } catch (ClassNotFoundException | LinkageError e) {
        return false;
      }
    }

    /** The id an analyst sees in Modeler: the task, event or process that carries the element. */
    private String ownerId(ModelElementInstance element) {
      ModelElementInstance current = element;
      while (current != null && !(current instanceof FlowElement) && !(current instanceof Process)) {
        current = current.getParentElement();
      }
      if (current instanceof FlowElement flowElement) {
        return flowElement.getId();
      }
      return current == null ? "" : ((Process) current).getId();
    }
  }
}
