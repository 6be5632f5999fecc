package cn.insure.claims.claim.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
* Mirrors the decision table {@code claimDocumentChecklist}: for every product line and claim
* type, the full list of documents requested at once (一次性告知), in and out of the green channel.
*/
class ClaimDocumentChecklistTableTest {

  private static final String DMN = "/processes/claim/claim-document-checklist.dmn";

  /** Shared by the table test and the rule coverage test. An empty green channel means "not given". */
  static final String CHECKLISTS = """
      # productLine | claimType        | greenChannel | required documents
      MEDICAL       | HOSPITALISATION  | false        | CLAIM_FORM ID_DOCUMENT BANK_ACCOUNT_PROOF MEDICAL_INVOICE EXPENSE_LIST DISCHARGE_SUMMARY
      MEDICAL       | OUTPATIENT       | false        | CLAIM_FORM ID_DOCUMENT BANK_ACCOUNT_PROOF MEDICAL_INVOICE MEDICAL_RECORD
      ACCIDENT      | INJURY           | false        | CLAIM_FORM ID_DOCUMENT BANK_ACCOUNT_PROOF MEDICAL_INVOICE MEDICAL_RECORD ACCIDENT_PROOF
      ACCIDENT      | DISABILITY       | false        | CLAIM_FORM ID_DOCUMENT BANK_ACCOUNT_PROOF DISABILITY_APPRAISAL MEDICAL_RECORD ACCIDENT_PROOF
      ACCIDENT      | DEATH            | false        | CLAIM_FORM ID_DOCUMENT BANK_ACCOUNT_PROOF DEATH_CERTIFICATE BENEFICIARY_PROOF HOUSEHOLD_CANCELLATION ACCIDENT_PROOF
      LIFE          | DEATH            | false        | CLAIM_FORM ID_DOCUMENT BANK_ACCOUNT_PROOF DEATH_CERTIFICATE BENEFICIARY_PROOF HOUSEHOLD_CANCELLATION
      LIFE          | DISABILITY       | false        | CLAIM_FORM ID_DOCUMENT BANK_ACCOUNT_PROOF DISABILITY_APPRAISAL MEDICAL_RECORD
      LIFE          | CRITICAL_ILLNESS | false        | CLAIM_FORM ID_DOCUMENT BANK_ACCOUNT_PROOF DIAGNOSIS_REPORT MEDICAL_RECORD
      PROPERTY      | PROPERTY_DAMAGE  | false        | CLAIM_FORM ID_DOCUMENT BANK_ACCOUNT_PROOF LOSS_LIST DAMAGE_PHOTOS REPAIR_QUOTE
      PROPERTY      | THEFT            | false        | CLAIM_FORM ID_DOCUMENT BANK_ACCOUNT_PROOF POLICE_REPORT LOSS_LIST PURCHASE_PROOF
      AUTO          | VEHICLE_DAMAGE   | false        | CLAIM_FORM ID_DOCUMENT BANK_ACCOUNT_PROOF DRIVING_LICENSE VEHICLE_LICENSE ACCIDENT_REPORT REPAIR_INVOICE DAMAGE_PHOTOS
      AUTO          | THEFT            | false        | CLAIM_FORM ID_DOCUMENT BANK_ACCOUNT_PROOF POLICE_REPORT VEHICLE_LICENSE
      # green channel not given counts as outside the green channel
      MEDICAL       | HOSPITALISATION  |              | CLAIM_FORM ID_DOCUMENT BANK_ACCOUNT_PROOF MEDICAL_INVOICE EXPENSE_LIST DISCHARGE_SUMMARY
      LIFE          | DEATH            |              | CLAIM_FORM ID_DOCUMENT BANK_ACCOUNT_PROOF DEATH_CERTIFICATE BENEFICIARY_PROOF HOUSEHOLD_CANCELLATION
      AUTO          | VEHICLE_DAMAGE   |              | CLAIM_FORM ID_DOCUMENT BANK_ACCOUNT_PROOF DRIVING_LICENSE VEHICLE_LICENSE ACCIDENT_REPORT REPAIR_INVOICE DAMAGE_PHOTOS
      # combinations the table does not know get only the documents every claim needs
      MEDICAL       | THEFT            | false        | CLAIM_FORM ID_DOCUMENT BANK_ACCOUNT_PROOF
      AUTO          | INJURY           | false        | CLAIM_FORM ID_DOCUMENT BANK_ACCOUNT_PROOF
      LIFE          | OUTPATIENT       |              | CLAIM_FORM ID_DOCUMENT BANK_ACCOUNT_PROOF
      TRAVEL        | HOSPITALISATION  | false        | CLAIM_FORM ID_DOCUMENT BANK_ACCOUNT_PROOF
      # catastrophe green channel: reduced lists, no proof of bank account
      MEDICAL       | HOSPITALISATION  | true         | CLAIM_FORM ID_DOCUMENT MEDICAL_INVOICE
      MEDICAL       | OUTPATIENT       | true         | CLAIM_FORM ID_DOCUMENT MEDICAL_INVOICE
      ACCIDENT      | INJURY           | true         | CLAIM_FORM ID_DOCUMENT MEDICAL_INVOICE
      ACCIDENT      | DISABILITY       | true         | CLAIM_FORM ID_DOCUMENT MEDICAL_INVOICE
      ACCIDENT      | DEATH            | true         | CLAIM_FORM ID_DOCUMENT MEDICAL_INVOICE DEATH_CERTIFICATE
      LIFE          | DEATH            | true         | CLAIM_FORM ID_DOCUMENT DEATH_CERTIFICATE
      LIFE          | DISABILITY       | true         | CLAIM_FORM ID_DOCUMENT
      LIFE          | CRITICAL_ILLNESS | true         | CLAIM_FORM ID_DOCUMENT
      PROPERTY      | PROPERTY_DAMAGE  | true         | CLAIM_FORM ID_DOCUMENT DAMAGE_PHOTOS
      PROPERTY      | THEFT            | true         | CLAIM_FORM ID_DOCUMENT DAMAGE_PHOTOS
      AUTO          | VEHICLE_DAMAGE   | true         | CLAIM_FORM ID_DOCUMENT DAMAGE_PHOTOS
      AUTO          | THEFT            | true         | CLAIM_FORM ID_DOCUMENT DAMAGE_PHOTOS
      TRAVEL        | HOSPITALISATION  | true         | CLAIM_FORM ID_DOCUMENT
      """;

  private static final Set<String> matchedRuleIds = new HashSet<>();
  private static DmnEngine dmnEngine;
  private static DmnDecision checklist;

  @BeforeAll
  static void parseDecision() {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
        .customPostDecisionTableEvaluationListeners(List.of(event ->
            event.getMatchingRules().forEach(rule -> matchedRuleIds.add(rule.getId()))))
        .buildEngine();
    checklist = dmnEngine.parseDecision("claimDocumentChecklist", dmn());
  }

  @ParameterizedTest(name = "{0} {1} claim (green channel: {2}) needs {3}")
  @CsvSource(delimiter = '|', textBlock = CHECKLISTS)
  void claimNeedsExactlyTheDocumentsOfItsChecklist(String productLine, String claimType,
      Boolean greenChannel, String requiredDocuments) {
    List<String> documents = requiredDocuments(Variables.createVariables()
        .putValue("productLine", productLine)
        .putValue("claimType", claimType)
        .putValue("greenChannel", greenChannel));

    assertThat(documents).containsExactlyInAnyOrder(requiredDocuments.split(" "));
  }

  @Test
  void callerThatOmitsTheGreenChannelGetsTheNormalChecklist() {
    List<String> documents = requiredDocuments(Variables.createVariables()
        .putValue("productLine", "MEDICAL")
        .putValue("claimType", "OUTPATIENT"));

    assertThat(documents).containsExactlyInAnyOrder(
        "CLAIM_FORM", "ID_DOCUMENT", "BANK_ACCOUNT_PROOF", "MEDICAL_INVOICE", "MEDICAL_RECORD");
  }

  @Test
  void everyRuleOfTheTableIsRequiredByAtLeastOneChecklist() {
    matchedRuleIds.clear();
    CHECKLISTS.lines()
        .filter(line -> !line.isBlank() && !line.strip().startsWith("#"))
        .map(line -> Arrays.stream(line.split("\\|")).map(String::strip).toList())
        .forEach(row -> requiredDocuments(Variables.createVariables()
            .putValue("productLine", row.get(0))
            .putValue("claimType", row.get(1))
            .putValue("greenChannel", row.get(2).isEmpty() ? null : Boolean.valueOf(row.get(2)))));

    assertThat(matchedRuleIds).containsExactlyInAnyOrderElementsOf(allRuleIds());
  }

  private static List<String> requiredDocuments(VariableMap variables) {
    return dmnEngine.evaluateDecision(checklist, variables).collectEntries("documentType");
  }

  private static Set<String> allRuleIds() {
    return Dmn.readModelFromStream(dmn()).getModelElementsByType(Rule.class).stream()
        .map(Rule::getId)
        .collect(Collectors.toSet());
  }

  private static InputStream dmn() {
    return ClaimDocumentChecklistTableTest.class.getResourceAsStream(DMN);
  }
}
