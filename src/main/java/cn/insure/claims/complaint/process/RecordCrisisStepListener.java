package cn.insure.claims.complaint.process;

import cn.insure.claims.system.engine.TaskActors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.insure.claims.complaint.CrisisIncidents;

/**
 * On completion of every crisis task ({@code assessCrisis}, {@code respondToCrisis},
 * {@code communicateCrisis}, {@code summariseCrisis}): the crisis team's words are required and go
 * on the incident's record, where the periodic analysis of causes reads them.
 */
@Component
class RecordCrisisStepListener implements TaskListener {

  private final CrisisIncidents incidents;

  RecordCrisisStepListener(CrisisIncidents incidents) {
    this.incidents = incidents;
  }

  @Override
  public void notify(DelegateTask task) {
    String incidentId = (String) task.getVariable(CrisisIncidentProcess.VAR_INCIDENT_ID);
    String actor = TaskActors.completerOf(task);
    switch (task.getTaskDefinitionKey()) {
      case "assessCrisis" -> incidents.recordAssessment(incidentId, actor, required(task,
          CrisisIncidentProcess.VAR_ASSESSMENT, "评估意见必填：影响范围、严重程度、舆情风险 Say what is affected, how badly, "
              + "and the media risk"));
      case "respondToCrisis" -> incidents.recordResponse(incidentId, actor, required(task,
          CrisisIncidentProcess.VAR_RESPONSE, "答复必填，将发给所有关联投诉人 The response is required; every linked "
              + "complainant receives it"));
      case "communicateCrisis" -> {
        Object media = task.getVariable(CrisisIncidentProcess.VAR_MEDIA_STATEMENT);
        if (media != null && !(media instanceof Boolean)) {
          throw new BadUserRequestException(CrisisIncidentProcess.VAR_MEDIA_STATEMENT + ": true or false is required");
        }
        incidents.recordCommunication(incidentId, actor, required(task, CrisisIncidentProcess.VAR_COMMUNICATION,
            "沟通情况必填 Say what was communicated to customers and media"), Boolean.TRUE.equals(media));
      }
      case "summariseCrisis" -> incidents.recordSummary(incidentId, actor,
          required(task, CrisisIncidentProcess.VAR_ROOT_CAUSE, "根本原因必填 The root cause is required"),
          required(task, CrisisIncidentProcess.VAR_CORRECTIVE_ACTION, "整改措施必填 The corrective action is required"));
      default -> throw new IllegalStateException("recordCrisisStepListener is not meant for task "
          + task.getTaskDefinitionKey());
    }
  }

  private static String required(DelegateTask task, String name, String why) {
    Object value = task.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      throw new BadUserRequestException(name + ": " + why);
    }
    return value.toString().trim();
  }
}
