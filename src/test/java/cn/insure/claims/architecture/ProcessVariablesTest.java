package cn.insure.claims.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.insure.claims.callback.process.CustomerCallBackProcess;
import cn.insure.claims.catastrophe.process.CatastropheEventProcess;
import cn.insure.claims.claim.process.ClaimHandlingProcess;
import cn.insure.claims.complaint.process.ComplaintHandlingProcess;
import cn.insure.claims.complaint.process.CrisisIncidentProcess;
import cn.insure.claims.consultation.process.ConsultationHandlingProcess;
import cn.insure.claims.quality.process.ComplaintCauseAnalysisProcess;
import cn.insure.claims.quality.process.SpotCheckRectificationProcess;

/**
 * The variable names of a process live once, as the {@code VAR_…} constants of its {@code *Process}
 * class, and each is a name the models or forms use: an analyst who renames a variable in a BPMN, a
 * DMN table or a form without the Java code breaks this build, not production. The Java code of
 * those {@code process} packages names no variable by a literal.
 */
class ProcessVariablesTest {

  /** The processes whose code names its variables through constants, and where that code is. */
  static final Map<Class<?>, Path> PROCESSES = Map.of(
      ClaimHandlingProcess.class, Path.of("src/main/java/cn/insure/claims/claim/process"),
      CatastropheEventProcess.class, Path.of("src/main/java/cn/insure/claims/catastrophe/process"),
      ConsultationHandlingProcess.class, Path.of("src/main/java/cn/insure/claims/consultation/process"),
      CustomerCallBackProcess.class, Path.of("src/main/java/cn/insure/claims/callback/process"),
      ComplaintHandlingProcess.class, Path.of("src/main/java/cn/insure/claims/complaint/process"),
      CrisisIncidentProcess.class, Path.of("src/main/java/cn/insure/claims/complaint/process"),
      ComplaintCauseAnalysisProcess.class, Path.of("src/main/java/cn/insure/claims/quality/process"),
      SpotCheckRectificationProcess.class, Path.of("src/main/java/cn/insure/claims/quality/process"));
  static final List<Path> MODELS = List.of(Path.of("processes"), Path.of("forms"));

  /** Variables only the Java code reads and writes, with the reason none of the models needs them. */
  static final Map<String, String> JAVA_ONLY = Map.ofEntries(
      Map.entry("decisionReason", "the reviewers' reason, handed from the review listener to the rejection and result notices"),
      Map.entry("firstReviewer", "who did the first review, read by the separation-of-duties listener of the second"),
      Map.entry("advancePaymentShare", "the green channel's share, read by the advance payment delegate"),
      Map.entry("catastropheEventId", "the claim's catastrophe event, for managers searching instances in Cockpit"),
      Map.entry("documentsDueAt", "when the missing documents are due, for Cockpit (the timer counts from the request)"),
      Map.entry("determinationAtRisk", "a flag managers filter on in Cockpit: the 30-day warning has fired"),
      Map.entry("determinationBreached", "a flag managers filter on in Cockpit: the 30-day determination was missed"),
      Map.entry("answeredBy", "who answered a consultation, handed from the answer listeners to the claim opened from it"),
      Map.entry("linkedClaimNumber", "the claim opened from a consultation, for Cockpit"),
      Map.entry("callBackId", "the call-back record a call-back instance works on, read by its listeners"),
      Map.entry("declaredBy", "who declared the catastrophe, for Cockpit"),
      Map.entry("targetMet", "whether the event's report met the 7-day target, for Cockpit"),
      Map.entry("closedBy", "who closed the event, handed from the task listener to the delegate that stops the green channel"),
      Map.entry("noticeCursor", "where the batched green-channel notices stopped, so that a retried batch goes on from there"),
      Map.entry("switchCursor", "where switching the running claims stopped, so that a retried batch goes on from there"),
      Map.entry("rectificationId", "the rectification record a rectification instance works on, read by its listeners"),
      Map.entry("reconsiderationOutcome", "the claims panel's outcome, handed by the ClaimReconsidered message"),
      Map.entry("reconsiderationOpinion", "the claims panel's opinion, handed by the ClaimReconsidered message"),
      Map.entry("reconsideredBy", "who reconsidered, handed by the ClaimReconsidered message"),
      Map.entry("productName", "the product complained about, for managers searching instances in Cockpit"),
      Map.entry("acknowledgementDueAt", "the acknowledgement due date, for Cockpit (the model counts its days)"),
      Map.entry("extensionApprovedBy", "who approved more time, handed from the task listener to the extension step"),
      Map.entry("answeredComplaints", "how many linked complaints a crisis answer closed, for Cockpit"));

  @Test
  void everyVariableTheCodeNamesIsANameOfTheModelsOrForms() throws IOException {
    String models = text(MODELS, ".bpmn", ".dmn", ".form");
    List<String> unknown = new ArrayList<>();
    for (Class<?> process : PROCESSES.keySet()) {
      for (Map.Entry<String, String> variable : variables(process).entrySet()) {
        if (!JAVA_ONLY.containsKey(variable.getValue())
            && !Pattern.compile("\\b" + Pattern.quote(variable.getValue()) + "\\b").matcher(models).find()) {
          unknown.add(process.getSimpleName() + "." + variable.getKey() + " = \"" + variable.getValue() + "\"");
        }
      }
    }
    assertThat(unknown).as("variables that no model or form uses").isEmpty();
  }

  @Test
  void theProcessCodeNamesVariablesOnlyThroughTheConstants() throws IOException {
    Pattern literal = Pattern.compile("(?:[gs]etVariable(?:Local|Typed)?|hasVariable(?:Local)?|removeVariable(?:Local)?"
        + "|variables\\.put)\\(\"[a-z]");
    List<String> literals = new ArrayList<>();
    for (Path code : PROCESSES.values()) {
      try (Stream<Path> files = Files.list(code)) {
        for (Path file : files.toList()) {
          List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
          for (int i = 0; i < lines.size(); i++) {
            if (literal.matcher(lines.get(i)).find()) {
              literals.add(file.getFileName() + ":" + (i + 1) + " " + lines.get(i).trim());
            }
          }
        }
      }
    }
    assertThat(literals).isEmpty();
  }

  private static Map<String, String> variables(Class<?> process) {
    return Stream.of(process.getDeclaredFields())
        .filter(f -> f.getName().startsWith("VAR_") && Modifier.isStatic(f.getModifiers())
            && f.getType() == String.class)
        .collect(Collectors.toMap(Field::getName, ProcessVariablesTest::value));
  }

  private static String value(Field field) {
    try {
      field.setAccessible(true);
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(List<Path> roots, String... suffixes) throws IOException {
    StringBuilder text = new StringBuilder();
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> Stream.of(suffixes).anyMatch(s -> f.toString().endsWith(s))).toList()) {
          text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
        }
      }
    }
    return text.toString();
  }
}
