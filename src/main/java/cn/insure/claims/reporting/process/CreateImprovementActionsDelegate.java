package cn.insure.claims.reporting.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.insure.claims.reporting.QualityEvaluations;
import cn.insure.claims.reporting.QualityEvaluations.PlannedAction;

/** {@code createImprovementActions}: the approved actions become corrective actions, one carryOutImprovement each. */
@Component
class CreateImprovementActionsDelegate implements JavaDelegate {

  private final QualityEvaluations evaluations;

  CreateImprovementActionsDelegate(QualityEvaluations evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object text = execution.getVariable(ServiceQualityEvaluationProcess.VAR_ACTIONS);
    List<PlannedAction> actions = QualityEvaluations.parseActions(text == null ? null : text.toString());
    List<String> ids = evaluations.createActions((String) execution.getVariable(ServiceQualityEvaluationProcess.VAR_PERIOD),
        actions, "serviceQualityEvaluation");
    execution.setVariable(ServiceQualityEvaluationProcess.VAR_ACTION_IDS, new ArrayList<>(ids));
    execution.setVariable(ServiceQualityEvaluationProcess.VAR_ACTION_OWNERS,
        new ArrayList<>(actions.stream().map(PlannedAction::owner).toList()));
    execution.setVariable(ServiceQualityEvaluationProcess.VAR_ACTION_DUE_DATES,
        new ArrayList<>(actions.stream().map(a -> evaluations.endOfDay(a.due())).toList()));
    execution.setVariable(ServiceQualityEvaluationProcess.VAR_ACTION_DESCRIPTIONS,
        new ArrayList<>(actions.stream().map(PlannedAction::description).toList()));
    execution.setVariable(ServiceQualityEvaluationProcess.VAR_ACTION_COUNT, ids.size());
  }
}
