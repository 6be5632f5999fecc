package cn.insure.claims.consultation.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.insure.claims.consultation.ConsultationService;

/**
 * Task {@code escalateConsultation}: the first-response clock ran out. The breach is recorded on the
 * consultation, and the waiting {@code answerConsultation} task goes to the supervisors
 * ({@code claims.consultation.escalation-group}, complaints supervisors by default) as well, at top priority.
 */
@Component
class EscalateConsultationDelegate implements JavaDelegate {

  private final ConsultationService consultations;
  private final String escalationGroup;

  EscalateConsultationDelegate(ConsultationService consultations,
      @Value("${claims.consultation.escalation-group:complaints-supervisors}") String escalationGroup) {
    this.consultations = consultations;
    this.escalationGroup = escalationGroup;
  }

  @Override
  public void execute(DelegateExecution execution) {
    consultations.recordFirstResponseMissed(
        (String) execution.getVariable(ConsultationHandlingProcess.VAR_CONSULTATION_NUMBER));
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(ConsultationHandlingProcess.ANSWER_CONSULTATION).list()) {
      tasks.addCandidateGroup(task.getId(), escalationGroup);
      tasks.setPriority(task.getId(), 100);
    }
  }
}
