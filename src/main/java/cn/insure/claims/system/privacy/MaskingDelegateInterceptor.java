package cn.insure.claims.system.privacy;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;

/**
 * Every delegate, listener and expression the engine calls goes through here: an exception whose
 * message (or a cause's) carries an ID, phone, account number or e-mail address in clear is replaced
 * by the same chain with those masked before the engine writes it into a job's exception message
 * and stack trace, an incident, the job log or the application log. Exceptions with nothing to mask,
 * and BPMN errors (business outcomes the model catches), pass unchanged, so the engine's handling of
 * optimistic locking and retries is unaffected.
 */
final class MaskingDelegateInterceptor implements DelegateInterceptor {

  private final DelegateInterceptor next;

  MaskingDelegateInterceptor(DelegateInterceptor next) {
    this.next = next;
  }

  @Override
  public void handleInvocation(DelegateInvocation invocation) throws Exception {
    try {
      next.handleInvocation(invocation);
    } catch (BpmnError businessOutcome) {
      throw businessOutcome;
    } catch (Exception failure) {
      throw masked(failure);
    }
  }

  /** The exception itself when nothing in its chain needs masking, else a masked copy of the chain. */
  static Exception masked(Exception failure) {
    if (!needsMasking(failure)) {
      return failure;
    }
    return (Exception) copy(failure);
  }

  private static boolean needsMasking(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage();
      if (message != null && !message.equals(PersonalData.maskText(message))) {
        return true;
      }
    }
    return false;
  }

  private static Throwable copy(Throwable original) {
    Throwable cause = original.getCause() == null || original.getCause() == original ? null : copy(original.getCause());
    MaskedException copy = new MaskedException(original.getClass().getName() + ": "
        + PersonalData.maskText(original.getMessage()), cause);
    copy.setStackTrace(original.getStackTrace());
    return copy;
  }

  /** A failure whose message had personal data masked; names the original exception type. */
  static final class MaskedException extends RuntimeException {

    MaskedException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
