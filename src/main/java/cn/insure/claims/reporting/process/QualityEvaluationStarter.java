package cn.insure.claims.reporting.process;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts a service-quality evaluation by hand (the quarterly timer starts the others). */
@Component
public class QualityEvaluationStarter {

  /** The start message of {@code serviceQualityEvaluation} besides its quarterly timer. */
  static final String REQUESTED = "qualityEvaluationRequested";

  private final RuntimeService runtimeService;

  QualityEvaluationStarter(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** The started evaluation's process instance id. */
  public String start() {
    return runtimeService.createMessageCorrelation(REQUESTED).correlateStartMessage().getId();
  }
}
