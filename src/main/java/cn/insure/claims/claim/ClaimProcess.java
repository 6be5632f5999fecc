package cn.insure.claims.claim;

import java.util.List;

/**
 * What the claim feature asks of a claim's process ({@code processes/claim/claim-handling.bpmn}).
 * Implemented in {@code claim/process}, the only claim code that touches the engine; the feature's
 * services call this port and stay free of engine API and of the model's message names.
 */
public interface ClaimProcess {

  /**
   * Starts the process of a registered claim, with its green channel ({@code null} when it has none), and
   * answers the steps it then waits in (none when it ran to its end): the stage the receipt names.
   */
  List<String> start(Claim claim, GreenChannel greenChannel);

  /** A running claim was switched to a catastrophe's green channel. */
  void greenChannelDeclared(String claimNumber, GreenChannel greenChannel);

  /** The last missing document came in: a claim waiting for documents moves on to review. */
  void documentsSupplied(String claimNumber);

  /** Whether the claim's process waits for the claimant's dispute (after the decision notice). */
  boolean waitsForDispute(String claimNumber);

  /** The claimant disputes the decision: the process goes to the reconsideration panel. */
  void disputed(String claimNumber, String reason);
}
