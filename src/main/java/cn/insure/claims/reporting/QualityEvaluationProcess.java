package cn.insure.claims.reporting;

/**
 * Starts a service-quality evaluation ({@code processes/quality/service-quality-evaluation.bpmn}) by hand;
 * its quarterly timer starts the others. Implemented in {@code reporting/process}.
 */
public interface QualityEvaluationProcess {

  /** The started evaluation's process instance id. */
  String start();
}
