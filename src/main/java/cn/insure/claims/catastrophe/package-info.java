/**
 * The catastrophe green channel (巨灾理赔绿色通道): claims managers declare an event (regions,
 * perils, loss period, limits); while it is open, matching claims get fewer documents, priority,
 * fast or straight-through settlement and advance payment, as the decision
 * {@code greenChannelEligibility} says. Running claims are switched, customers in the regions are
 * told, and the event ends — closed by a manager or by its period — with a report against the
 * regulator's target of 30% paid or advance-paid within a week.
 *
 * <p>Public face: {@link cn.insure.claims.catastrophe.CatastropheService},
 * {@link cn.insure.claims.catastrophe.GreenChannelEligibility} (the claims feature's
 * {@link cn.insure.claims.claim.GreenChannelCheck}) and {@code /api/catastrophes}.
 */
package cn.insure.claims.catastrophe;
