package cn.insure.claims.system.engine;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.stereotype.Component;

/**
 * Where the running process of a case stands: the ids of its active activities, which the API
 * turns into the stage a customer reads. A process may end between finding it and reading its
 * activities (the last step of a case completing meanwhile): then it has none, instead of an error.
 */
@Component
public class ActiveSteps {

  private final RuntimeService runtimeService;

  ActiveSteps(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** The active activity ids of the running instances of this process for this business key. */
  public List<String> of(String processKey, String businessKey) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .processDefinitionKey(processKey).list().stream()
        .flatMap(instance -> activeIn(instance.getId()).stream()).toList();
  }

  private List<String> activeIn(String processInstanceId) {
    try {
      return runtimeService.getActiveActivityIds(processInstanceId);
    } catch (NullValueException ended) {
      return List.of();
    }
  }
}
