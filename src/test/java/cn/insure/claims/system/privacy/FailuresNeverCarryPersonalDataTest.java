package cn.insure.claims.system.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A failing step (bank adapter, notice gateway, a bug) may put a customer's numbers into its
 * exception message; the engine would keep that message in the job, the incident Cockpit shows and
 * the job log. The delegate interceptor masks it first; a refusal of the API masks its detail and
 * field messages.
 */
class FailuresNeverCarryPersonalDataTest {

  static final String ACCOUNT = "6222020200001234567";
  static final String PHONE = "13800138000";
  static final String ID = "440301199001011234";

  @Test
  void aFailingStepsMessageAndCausesReachTheEngineMasked() {
    MaskingDelegateInterceptor interceptor = new MaskingDelegateInterceptor(DelegateInvocation::proceed);
    Exception cause = new IllegalStateException("bank refused account " + ACCOUNT);

    assertThatThrownBy(() -> interceptor.handleInvocation(failing(new RuntimeException(
        "transfer for 王小明 (" + ID + ", " + PHONE + ") failed", cause))))
        .satisfies(thrown -> {
          String trace = trace(thrown);
          assertThat(trace).doesNotContain(ACCOUNT).doesNotContain(PHONE).doesNotContain(ID)
              .contains("RuntimeException: transfer for 王小明").contains("IllegalStateException: bank refused account")
              .contains("440301********1234").contains("138****8000").contains("4567");
          assertThat(thrown.getStackTrace()).isNotEmpty();
        });
  }

  @Test
  void failuresWithNothingToMaskAndBusinessErrorsPassUnchanged() {
    MaskingDelegateInterceptor interceptor = new MaskingDelegateInterceptor(DelegateInvocation::proceed);
    OptimisticLockingException conflict = new OptimisticLockingException("claim CLM-20261203-000001 was updated");
    BpmnError rejected = new BpmnError("PAYMENT_REJECTED", "account " + ACCOUNT + " closed");

    assertThatThrownBy(() -> interceptor.handleInvocation(failing(conflict))).isSameAs(conflict);
    assertThatThrownBy(() -> interceptor.handleInvocation(failing(rejected))).isSameAs(rejected);
  }

  @Test
  void aProblemDetailNeverRepeatsANumberInClear() {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "phone " + PHONE + " is not valid");
    problem.setProperty("errors", List.of(Map.of("field", "claimant.idNumber", "message", "got " + ID)));

    MaskedProblemDetails.mask(problem);

    assertThat(problem.getDetail()).doesNotContain(PHONE).contains("8000");
    assertThat(problem.getProperties().get("errors").toString()).doesNotContain(ID).contains("claimant.idNumber");
  }

  private static DelegateInvocation failing(Exception failure) {
    return new DelegateInvocation(null, null) {
      @Override
      protected void invoke() throws Exception {
        throw failure;
      }
    };
  }

  private static String trace(Throwable thrown) {
    StringWriter out = new StringWriter();
    thrown.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
