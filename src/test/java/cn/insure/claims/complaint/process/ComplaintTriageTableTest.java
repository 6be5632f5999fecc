package cn.insure.claims.complaint.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mirrors the decision requirements of {@code complaint-triage.dmn}: {@code complaintCategory} and
 * {@code complaintUrgency} (both hit policy FIRST) feed {@code complaintTriage} (FIRST), which assigns
 * the complaint and sets its clocks. One row per rule of each table.
 */
class ComplaintTriageTableTest {

  private static final String DMN = "/processes/complaint/complaint-triage.dmn";

  /** An empty cell is a variable that is null. */
  static final String CATEGORIES = """
      # case                                                          | category     | linkedClaim | complaintText                          | complaintCategory | rule
        category stated at intake is kept even with a claim linked      | SERVICE      | true        | 理赔员态度恶劣                            | SERVICE           | ruleStatedCategory
        complaint about a linked claim is a claims complaint            |              | true        | 理赔进度太慢                              | CLAIMS            | ruleClaimLinked
        complaint about the policy terms is a product complaint          |              | false       | 销售时未说明免责条款                        | PRODUCT           | ruleProductWords
        question is a consultation                                      |              | false       | 请问如何办理保单地址变更                      | CONSULTATION      | ruleConsultationWords
        anything else is a service complaint                            |              | false       | 客服电话一直无人接听                         | SERVICE           | ruleServiceByDefault
      """;

  static final String URGENCIES = """
      # case                                                              | complaintText                           | complainantCount | causeType   | sameCauseComplaints | crisisIncidentOpen | channel | urgency | massComplaint | rule
        complaint about a claim whose crisis incident is open joins it      | 理赔进度太慢                               | 1                | CLAIM       | 1                   | true               | ONLINE  | MAJOR   | true          | ruleJoinsOpenCrisisIncident
        product complaint joins the open incident of its product           | 条款不清楚                                 | 1                | PRODUCT     | 1                   | true               | ONLINE  | MAJOR   | true          | ruleJoinsOpenCrisisIncident
        complaint that says it speaks for a group is a mass complaint      | 台风后我们小区业主群体投诉理赔太慢             | 1                | CATASTROPHE | 1                   | false              | PHONE   | MAJOR   | true          | ruleMassComplaintWords
        five complainants make a mass complaint                            | 理赔太慢                                  | 5                | CLAIM       | 1                   | false              | ONLINE  | MAJOR   | true          | ruleManyComplainants
        third complaint about one catastrophe event is a mass complaint    | 台风理赔太慢                               | 1                | CATASTROPHE | 3                   | false              | ONLINE  | MAJOR   | true          | ruleRepeatedCause
        third complaint about one product is not                          | 保费太贵                                  | 1                | PRODUCT     | 3                   | false              | ONLINE  | GENERAL | false         | ruleGeneral
        threatened media exposure is major                                 | 再不处理我就找记者曝光                        | 1                | CLAIM       | 1                   | false              | EMAIL   | MAJOR   | false         | ruleMediaExposure
        mention of the regulator is urgent                                 | 我要向金融监管总局投诉                        | 1                | PRODUCT     | 1                   | false              | ONLINE  | URGENT  | false         | ruleRegulator
        hotline of the regulator is urgent                                 | 已拨打12378                               | 1                |             | 0                   | false              | PHONE   | URGENT  | false         | ruleRegulator
        threatened lawsuit is urgent                                       | 我已委托律师准备起诉                          | 1                | CLAIM       | 1                   | false              | ONLINE  | URGENT  | false         | ruleLawsuit
        complaint at the counter is urgent                                 | 柜面排队两小时无人处理                        | 1                |             | 0                   | false              | ONSITE  | URGENT  | false         | ruleOnSite
        anything else is general                                           | 理赔进度太慢                               | 1                | CLAIM       | 2                   | false              | ONLINE  | GENERAL | false         | ruleGeneral
      """;

  static final String TRIAGE = """
      # case                                                         | category | linkedClaim | claimDisputable | sameProducts | complaintText     | channel | urgency | handlingGroup       | acknowledgementDays | decisionDays | claimReconsideration | crisisCause | rule
        major complaint goes to the crisis team with 30 days            | SERVICE  | false       | false           | 1            | 记者要曝光            | ONLINE  | MAJOR   | crisis-team         | 1                   | 30           | false                | CAUSE       | ruleMajorToCrisisTeam
        urgent complaint about a disputable claim goes to the panel     |          | true        | true            | 1            | 拒赔不合理我要找律师     | ONLINE  | URGENT  | claims-supervisors  | 1                   | 30           | true                 | CAUSE       | ruleUrgentDisputedClaim
        complaint about a disputable claim goes to the panel            |          | true        | true            | 1            | 拒赔不合理            | ONLINE  | GENERAL | claims-supervisors  | 2                   | 30           | true                 | CAUSE       | ruleDisputedClaim
        urgent claims complaint goes to the claims supervisors          | CLAIMS   | true        | false           | 1            | 理赔太慢，我要起诉      | ONLINE  | URGENT  | claims-supervisors  | 1                   | 15           | false                | CAUSE       | ruleUrgentClaims
        claims complaint goes to the claims supervisors                 |          | true        | false           | 1            | 理赔进度太慢           | ONLINE  | GENERAL | claims-supervisors  | 2                   | 15           | false                | CAUSE       | ruleClaims
        urgent service complaint goes to the complaints officers        |          | false       | false           | 1            | 柜面无人处理           | ONSITE  | URGENT  | complaints-officers | 1                   | 15           | false                | CAUSE       | ruleUrgentOther
        service complaint goes to the complaints officers               |          | false       | false           | 1            | 客服电话无人接听        | PHONE   | GENERAL | complaints-officers | 2                   | 15           | false                | CAUSE       | ruleOther
        tenth product complaint about one product: crisis incident for it  | PRODUCT  | false       | false           | 10            | 销售时未说明免责条款      | ONLINE  | MAJOR   | crisis-team         | 1                   | 30           | false                | PRODUCT      | ruleRepeatedProductComplaints
        ninth product complaint is handled one by one                      | PRODUCT  | false       | false           | 9             | 销售时未说明免责条款      | ONLINE  | GENERAL | complaints-officers | 2                   | 15           | false                | CAUSE        | ruleOther
        many complaints about a product's claims are not product complaints |          | true        | false           | 25            | 理赔进度太慢           | ONLINE  | GENERAL | claims-supervisors  | 2                   | 15           | false                | CAUSE        | ruleClaims
      """;

  private static final List<String> matchedRuleIds = new ArrayList<>();
  private static DmnEngine dmnEngine;
  private static Map<String, DmnDecision> decisions;

  @BeforeAll
  static void parseDecisions() {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
        .customPostDecisionTableEvaluationListeners(List.of(event ->
            event.getMatchingRules().forEach(rule -> matchedRuleIds.add(rule.getId()))))
        .buildEngine();
    decisions = dmnEngine.parseDecisions(dmn()).stream()
        .collect(Collectors.toMap(DmnDecision::getKey, decision -> decision));
  }

  @BeforeEach
  void forgetMatchedRules() {
    matchedRuleIds.clear();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = CATEGORIES)
  void theCategoryIsTheStatedOneOrDerived(String derivedCase, String category, boolean linkedClaim,
      String complaintText, String complaintCategory, String rule) {
    DmnDecisionResultEntries result = evaluate("complaintCategory", Variables.createVariables()
        .putValue("category", category).putValue("linkedClaim", linkedClaim)
        .putValue("complaintText", complaintText));

    assertThat(matchedRuleIds).containsExactly(rule);
    assertThat(result.<String>getEntry("complaintCategory")).isEqualTo(complaintCategory);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = URGENCIES)
  void theUrgencyFollowsTheSignalsInTheComplaint(String urgencyCase, String complaintText, int complainantCount,
      String causeType, int sameCauseComplaints, boolean crisisIncidentOpen, String channel, String urgency,
      boolean massComplaint, String rule) {
    DmnDecisionResultEntries result = evaluate("complaintUrgency", Variables.createVariables()
        .putValue("complaintText", complaintText).putValue("complainantCount", complainantCount)
        .putValue("causeType", causeType).putValue("sameCauseComplaints", sameCauseComplaints)
        .putValue("crisisIncidentOpen", crisisIncidentOpen).putValue("channel", channel));

    assertThat(matchedRuleIds).containsExactly(rule);
    assertThat(result.<String>getEntry("urgency")).isEqualTo(urgency);
    assertThat(result.<Boolean>getEntry("massComplaint")).isEqualTo(massComplaint);
    assertThat(result.<String>getEntry("urgencyReason")).as("reason in Chinese, then English")
        .matches("\\p{IsHan}.*\\p{IsLatin}.*");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = TRIAGE)
  void theComplaintIsAssignedAndItsClocksAreSet(String triageCase, String category, boolean linkedClaim,
      boolean claimDisputable, int sameProductComplaints, String complaintText, String channel, String urgency,
      String handlingGroup, int acknowledgementDays, int decisionDays, boolean claimReconsideration,
      String crisisCause, String rule) {
    DmnDecisionResultEntries result = triage(category, linkedClaim, claimDisputable, complaintText, channel,
        sameProductComplaints);

    assertThat(matchedRuleIds).endsWith(rule);
    assertThat(result.<String>getEntry("urgency")).isEqualTo(urgency);
    assertThat(result.<String>getEntry("handlingGroup")).isEqualTo(handlingGroup);
    assertThat(result.<Integer>getEntry("acknowledgementDays")).isEqualTo(acknowledgementDays);
    assertThat(result.<Integer>getEntry("decisionDays")).isEqualTo(decisionDays);
    assertThat(result.<Boolean>getEntry("claimReconsideration")).isEqualTo(claimReconsideration);
    assertThat(result.<String>getEntry("category")).isNotNull();
    assertThat(result.<String>getEntry("crisisCause")).isEqualTo(crisisCause);
  }

  @Test
  void theTriageCarriesTheCategoryUrgencyAndReasonOfTheTablesItRequires() {
    DmnDecisionResultEntries result = triage(null, false, false, "台风后小区业主群体投诉，理赔条款不清楚", "PHONE", 1);

    assertThat(result.<String>getEntry("category")).isEqualTo("PRODUCT");
    assertThat(result.<String>getEntry("urgency")).isEqualTo("MAJOR");
    assertThat(result.<Boolean>getEntry("massComplaint")).isTrue();
    assertThat(result.<String>getEntry("triageReason")).isEqualTo("群体性投诉 Mass complaint");
    assertThat(matchedRuleIds).containsExactly("ruleProductWords", "ruleMassComplaintWords", "ruleMajorToCrisisTeam");
  }

  @Test
  void everyRuleOfEveryTableDecidesAtLeastOneCase() {
    Set<String> decidedBy = new HashSet<>();
    rows(CATEGORIES).forEach(row -> decidedBy.add(row.get(row.size() - 1)));
    rows(URGENCIES).forEach(row -> decidedBy.add(row.get(row.size() - 1)));
    rows(TRIAGE).forEach(row -> decidedBy.add(row.get(row.size() - 1)));

    assertThat(decidedBy).containsExactlyInAnyOrderElementsOf(allRuleIds());
  }

  @Test
  void everyDecisionKeepsItsHistoryForFiveYears() {
    assertThat(Dmn.readModelFromStream(dmn()).getModelElementsByType(Decision.class))
        .extracting(Decision::getCamundaHistoryTimeToLiveString).containsOnly("P1825D");
  }

  private static DmnDecisionResultEntries triage(String category, boolean linkedClaim, boolean claimDisputable,
      String complaintText, String channel, int sameProductComplaints) {
    return evaluate("complaintTriage", Variables.createVariables()
        .putValue("category", category).putValue("linkedClaim", linkedClaim)
        .putValue("claimDisputable", claimDisputable).putValue("complaintText", complaintText)
        .putValue("channel", channel).putValue("complainantCount", 1).putValue("causeType", null)
        .putValue("sameCauseComplaints", 0).putValue("crisisIncidentOpen", false)
        .putValue("sameProductComplaints", sameProductComplaints));
  }

  private static DmnDecisionResultEntries evaluate(String decision, VariableMap variables) {
    return dmnEngine.evaluateDecision(decisions.get(decision), variables).getSingleResult();
  }

  private static List<List<String>> rows(String table) {
    return table.lines().filter(line -> !line.isBlank() && !line.strip().startsWith("#"))
        .map(line -> Arrays.stream(line.split("\\|")).map(String::strip).toList()).toList();
  }

  private static Set<String> allRuleIds() {
    return Dmn.readModelFromStream(dmn()).getModelElementsByType(Rule.class).stream().map(Rule::getId)
        .collect(Collectors.toSet());
  }

  private static InputStream dmn() {
    return ComplaintTriageTableTest.class.getResourceAsStream(DMN);
  }
}
