package cn.insure.claims.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.claim.process.ClaimHandlingProcess;

/**
 * Lists and objects the engine keeps for a claim are JSON, readable in Cockpit and by the forms, never
 * Java serialization: the document checklist a decision returns (a list of document types) included,
 * in the variable and in its history.
 */
@ClaimsSpringBootTest
class TheChecklistIsStoredAsJsonTest {

  @Autowired ClaimService claimService;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcTemplate jdbc;

  @Test
  @SuppressWarnings("unchecked")
  void theDocumentChecklistOfANewClaimIsAJsonList() {
    String claimNumber = claimService.submit(ClaimFixtures.medicalClaimWithAllDocuments(), null, "channel").claim()
        .claimNumber();
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(claimNumber)
        .processDefinitionKey(ClaimHandlingProcess.KEY).singleResult();

    ObjectValue checklist = runtimeService.getVariableTyped(instance.getId(),
        ClaimHandlingProcess.VAR_REQUIRED_DOCUMENTS, false);

    assertThat(checklist.getSerializationDataFormat()).isEqualTo(SerializationDataFormats.JSON.getName());
    assertThat(checklist.getValueSerialized()).startsWith("[\"").contains("CLAIM_FORM");
    List<Object> required = (List<Object>) runtimeService.getVariable(instance.getId(),
        ClaimHandlingProcess.VAR_REQUIRED_DOCUMENTS);
    assertThat(required).contains("CLAIM_FORM");
    assertThat(jdbc.queryForList("SELECT DISTINCT VAR_TYPE_ FROM ACT_HI_VARINST WHERE PROC_INST_ID_ = ? AND NAME_ = ?",
        String.class, instance.getId(), ClaimHandlingProcess.VAR_REQUIRED_DOCUMENTS)).containsExactly(
            "spin://application/json");
  }
}
