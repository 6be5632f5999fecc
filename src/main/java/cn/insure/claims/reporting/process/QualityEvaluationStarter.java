package cn.insure.claims.reporting.process;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import cn.insure.claims.reporting.QualityEvaluationProcess;

/** Starts a service-quality evaluation by hand (the quarterly timer starts the others). */
@Component
class QualityEvaluationStarter implements QualityEvaluationProcess {

  /** The start message of {@code serviceQualityEvaluation} besides its quarterly timer. */
  static final String REQUESTED = "qualityEvaluationRequested";

  private final RuntimeService runtimeService;

  QualityEvaluationStarter(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public String start() {
    return runtimeService.createMessageCorrelation(REQUESTED).correlateStartMessage().getId();
  }
}
