package cn.insure.claims.system.privacy;

import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.delegate.DefaultDelegateInterceptor;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps clear ID, phone and account numbers out of the engine's history. Staff enter them in
 * Tasklist start forms (claims by phone, complaints); the first service task moves them into the
 * case record and removes the variables, but with history level FULL the engine would still
 * write the submitted values into its history tables, readable in Cockpit. This handler masks
 * them on the way in.
 */
@Component
class PersonalDataHistoryPlugin extends AbstractProcessEnginePlugin {

  /** Form fields and variables that may carry personal numbers in clear. */
  static final Set<String> SENSITIVE = Set.of("claimantIdNumber", "claimantPhone", "payeeAccountNumber",
      "complainantPhone", "complainantEmail", "complainantIdNumber", "customerPhone");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(new MaskingHistoryEventHandler());
    // Failures of delegates reach job exception messages, incidents and the job log: masked first.
    configuration.setDelegateInterceptor(new MaskingDelegateInterceptor(configuration.getDelegateInterceptor() == null
        ? new DefaultDelegateInterceptor() : configuration.getDelegateInterceptor()));
  }

  static final class MaskingHistoryEventHandler extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof HistoricVariableUpdateEventEntity variable && SENSITIVE.contains(variable.getVariableName())) {
        variable.setTextValue(PersonalData.maskText(variable.getTextValue()));
        variable.setTextValue2(PersonalData.maskText(variable.getTextValue2()));
      } else if (event instanceof HistoricFormPropertyEventEntity formField
          && SENSITIVE.contains(formField.getPropertyId()) && formField.getPropertyValue() != null) {
        formField.setPropertyValue(PersonalData.maskText(formField.getPropertyValue().toString()));
      }
      super.handleEvent(event);
    }
  }
}
