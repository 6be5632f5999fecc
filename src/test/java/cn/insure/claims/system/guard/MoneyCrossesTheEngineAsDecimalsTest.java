package cn.insure.claims.system.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.claim.ClaimFixtures;
import cn.insure.claims.claim.ClaimService;

/**
 * Money is {@code BigDecimal} end to end, engine variables included: a claim's amounts live in the
 * engine as {@code BigDecimal} object variables in JSON, a reviewer's amount typed in Tasklist (a
 * plain JSON number) becomes one, and Tasklist reads them back as the JSON text of the decimal —
 * cents that a double would not keep exactly (12,345.67; 0.1 + 0.2) arrive in the claim record as typed.
 */
@ClaimsSpringBootTest
class MoneyCrossesTheEngineAsDecimalsTest {

  @LocalServerPort int port;
  @Autowired ClaimService claimService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void amountsTypedInTasklistReachTheDecisionAsExactDecimals() throws Exception {
    String claimNumber = claimService.submit(ClaimFixtures.medicalClaimWithAllDocuments(), null, "channel").claim()
        .claimNumber();
    Task firstReview = task(claimNumber, "firstReview");
    String instance = firstReview.getProcessInstanceId();
    assertIsDecimal(runtimeService.getVariableTyped(instance, "claimedAmount", true), "12800.00");

    HostileClient zhangwei = HostileClient.as(port, HostileClient.Path.TASKLIST_PROXY, "zhangwei");
    zhangwei.post("/task/" + firstReview.getId() + "/claim", "{\"userId\":\"zhangwei\"}");
    HttpResponse<String> reviewed = zhangwei.post("/task/" + firstReview.getId() + "/submit-form", """
        {"variables":{"liability":{"value":"COVERED"},"assessedAmount":{"value":12345.67},
          "fraudSuspected":{"value":false},"reviewComment":{"value":"扣除自费部分"}}}""");
    assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(204);
    assertIsDecimal(runtimeService.getVariableTyped(instance, "assessedAmount", true), "12345.67");

    // What Tasklist's form loads for the second reviewer: the decimal's JSON text, which it parses as a number.
    Task secondReview = task(claimNumber, "secondReview");
    HostileClient wangfang = HostileClient.as(port, HostileClient.Path.TASKLIST_PROXY, "wangfang");
    HttpResponse<String> loaded = wangfang.get("/task/" + secondReview.getId()
        + "/form-variables?deserializeValues=false");
    assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
    JsonNode assessed = json.readTree(loaded.body()).path("assessedAmount");
    assertThat(assessed.path("type").asText()).isEqualTo("Object");
    assertThat(assessed.path("value").asText()).isEqualTo("12345.67");
    assertThat(assessed.path("valueInfo").path("objectTypeName").asText()).isEqualTo("java.math.BigDecimal");
    assertThat(assessed.path("valueInfo").path("serializationDataFormat").asText()).isEqualTo("application/json");

    // 0.1 + 0.2 in double is 0.30000000000000004: the approved amount is the decimal the reviewer typed.
    wangfang.post("/task/" + secondReview.getId() + "/claim", "{\"userId\":\"wangfang\"}");
    HttpResponse<String> approved = wangfang.post("/task/" + secondReview.getId() + "/submit-form", """
        {"variables":{"secondReviewAgrees":{"value":true},"approvedAmount":{"value":12000.3},
          "reviewComment":{"value":"同意"}}}""");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);
    assertIsDecimal(runtimeService.getVariableTyped(instance, "approvedAmount", true), "12000.30");
    assertThat(claimService.require(claimNumber).approvedAmount()).isEqualByComparingTo("12000.30");
    Object history = historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("approvedAmount").singleResult().getValue();
    assertThat(history).isEqualTo(new BigDecimal("12000.30"));

    // No amount, limit or share of this claim is a double anywhere in the engine's history.
    List<HistoricVariableInstance> money = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance).list().stream()
        .filter(v -> v.getName().matches(".*(Amount|Limit|Share)") && v.getValue() != null).toList();
    assertThat(money).extracting(HistoricVariableInstance::getName)
        .contains("claimedAmount", "assessedAmount", "approvedAmount");
    // A claim without a green-channel advance keeps no share at all (a green claim's: CatastropheEventProcessTest).
    assertThat(runtimeService.getVariable(instance, "advancePaymentShare")).isNull();
    assertThat(money).allSatisfy(v -> assertThat(v.getValue()).as(v.getName()).isInstanceOf(BigDecimal.class));
  }

  private Task task(String claimNumber, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(claimNumber).taskDefinitionKey(key).singleResult();
  }

  private static void assertIsDecimal(TypedValue value, String expected) {
    assertThat(value).isInstanceOf(ObjectValue.class);
    ObjectValue object = (ObjectValue) value;
    assertThat(object.getObjectTypeName()).isEqualTo(BigDecimal.class.getName());
    assertThat(object.getSerializationDataFormat()).isEqualTo("application/json");
    assertThat(object.getValue()).isEqualTo(new BigDecimal(expected));
  }
}
