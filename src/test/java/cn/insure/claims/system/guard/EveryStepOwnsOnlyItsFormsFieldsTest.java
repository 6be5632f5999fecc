package cn.insure.claims.system.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over every model in processes/ and every form in forms/: each user task and start form owns exactly
 * the editable fields of its Camunda Form; a variable that is internal to a process — a routing
 * outcome, a case number, another step's output — is owned by no step that could forge it, and a
 * completion that sends one is refused. The README's table "Who may set what" is this very list.
 */
class EveryStepOwnsOnlyItsFormsFieldsTest {

  /** Variables the processes compute; a person never writes them. */
  private static final List<String> INTERNAL = List.of("claimNumber", "complaintNumber", "greenChannel",
      "secondReviewRequired", "panelRequired", "routingReason", "claimDecision", "firstReviewer", "decisionReason",
      "documentsComplete", "catastropheEventId", "urgency", "handlingGroup", "massComplaint",
      "handlingOutcome", "escalated", "disputed", "paysOnline", "autoSettlementAllowed", "advancePaymentAllowed",
      "determinationDueAt", "paymentDueAt", "reviewHistory", "crisisIncidentId", "triage");

  /**
   * Internal elsewhere, but a field of this process's start form: a complaint or a consultation names the
   * claim it is about (checked by the process, never used as its own number).
   */
  private static final Map<String, List<String>> REFERENCES = Map.of("complaintHandling", List.of("claimNumber"),
      "consultationHandling", List.of("claimNumber"));

  record Step(String process, String step, boolean start, String group, String form) {
  }

  static Stream<Step> steps() throws IOException {
    return modelSteps().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("steps")
  void aStepRefusesEveryInternalVariableAndAnythingItsFormDoesNotOffer(Step step) throws IOException {
    FormContract contract = contract(step.form());
    List<String> internals = INTERNAL.stream()
        .filter(name -> !REFERENCES.getOrDefault(step.process(), List.of()).contains(name)).toList();

    for (String internal : internals) {
      if (!contract.ownedVariables().contains(internal)) {
        assertThatThrownBy(() -> contract.accept(Map.of(internal, "forged"), name -> null, step.step()))
            .as(step + " refuses " + internal).isInstanceOf(BadUserRequestException.class)
            .hasMessageContaining(internal);
      }
    }
    assertThat(contract.ownedVariables()).as(step + " owns no internal variable").doesNotContainAnyElementsOf(internals);
    assertThatThrownBy(() -> contract.accept(Map.of("approvedAmountOverride", 1), name -> null, step.step()))
        .hasMessageContaining("is not a field of form " + step.form());
  }

  @Test
  void theReadmeTableListsWhatEveryStepOwns() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    Map<String, String> documented = new TreeMap<>();
    Matcher row = Pattern.compile("(?m)^\\| `(\\w+)` \\| `(\\w+)`(?: \\(start\\))? \\| [^|]+ \\| `(\\w+)` \\| ([^|]*) \\|$")
        .matcher(readme);
    while (row.find()) {
      documented.put(row.group(1) + "." + row.group(2), row.group(3) + " " + row.group(4).replace("`", "").trim());
    }
    Map<String, String> actual = new TreeMap<>();
    for (Step step : modelSteps()) {
      actual.put(step.process() + "." + step.step(), step.form() + " "
          + String.join(", ", contract(step.form()).ownedVariables()));
    }
    assertThat(documented).as("README 'Who may set what' table").isEqualTo(actual);
  }

  static List<Step> modelSteps() throws IOException {
    List<Step> steps = new java.util.ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        String process = model.getModelElementsByType(Process.class).iterator().next().getId();
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
          if (start.getCamundaFormRef() != null) {
            steps.add(new Step(process, start.getId(), true, null, start.getCamundaFormRef()));
          }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          steps.add(new Step(process, task.getId(), false, task.getCamundaCandidateGroups(), task.getCamundaFormRef()));
        }
      }
    }
    return steps;
  }

  private static final Map<String, FormContract> FORMS = new HashMap<>();

  static FormContract contract(String formId) throws IOException {
    if (FORMS.isEmpty()) {
      Map<String, FormContract> found = new LinkedHashMap<>();
      try (Stream<Path> files = Files.walk(Path.of("forms"))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
          FormContract contract = FormContract.parse(Files.readString(file));
          found.put(contract.formId(), contract);
        }
      }
      FORMS.putAll(found);
    }
    assertThat(FORMS).as("form " + formId).containsKey(formId);
    return FORMS.get(formId);
  }
}
