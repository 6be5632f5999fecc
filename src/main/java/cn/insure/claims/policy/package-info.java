/**
 * Policy registry (保单登记): the policies claims are lodged against.
 *
 * <p>Claim intake asks {@link cn.insure.claims.policy.PolicyRegistry#require(String)} for the policy a claimant
 * names and {@link cn.insure.claims.policy.Policy#coverageProblem(String, java.time.LocalDate)} whether it
 * covers the loss; staff and channel systems read the register over {@code GET /api/policies}, with ID and
 * phone numbers masked.
 *
 * <p>Expiry is not a {@link cn.insure.claims.policy.PolicyStatus}: a policy past its end date stays
 * {@code ACTIVE} in the register, because a claim that arrives after the period for a loss inside it is still
 * covered. Coverage is always decided against the loss date.
 */
package cn.insure.claims.policy;
