package cn.insure.claims.catastrophe;

/**
 * What the catastrophe feature asks of an event's process
 * ({@code processes/catastrophe/catastrophe-event.bpmn}). Implemented in {@code catastrophe/process}, the
 * only catastrophe code that touches the engine.
 */
public interface CatastropheProcess {

  /** Starts the process of a declared event: green channel, switching running claims, notices, report. */
  void start(CatastropheEvent event);

  /**
   * Completes the event's "close" task as {@code closedBy}. False when the task is not there yet (the
   * event is still switching running claims); a refusal of the task's listener is an
   * {@code ApiException} (422) naming why.
   */
  boolean close(String eventId, String closedBy, String reason);
}
