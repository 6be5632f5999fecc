package cn.insure.claims.consultation.process;

import org.springframework.stereotype.Component;

import cn.insure.claims.consultation.Consultation;
import cn.insure.claims.consultation.ConsultationProcess;
import cn.insure.claims.system.cluster.ProcessStarts;

/** {@link ConsultationProcess} on the engine: the start of {@code consultationHandling}. */
@Component
class ConsultationProcessOnEngine implements ConsultationProcess {

  private final ProcessStarts processStarts;

  ConsultationProcessOnEngine(ProcessStarts processStarts) {
    this.processStarts = processStarts;
  }

  @Override
  public void start(Consultation consultation) {
    processStarts.start(ConsultationHandlingProcess.KEY, consultation.consultationNumber(),
        ConsultationHandlingProcess.variablesOf(consultation));
  }
}
