package cn.insure.claims.consultation;

/**
 * What the consultation feature asks of a consultation's process
 * ({@code processes/customer/consultation-handling.bpmn}). Implemented in {@code consultation/process}.
 */
public interface ConsultationProcess {

  /** Starts the process of a registered consultation. */
  void start(Consultation consultation);
}
