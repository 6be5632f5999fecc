/**
 * Consultations (咨询): a customer's question from a channel system or taken by customer service
 * by phone or at the counter, answered within the first-response clock
 * ({@link cn.insure.claims.consultation.ConsultationClocks}), handed to an insurance advisor when it
 * is complex, or turned into a claim or a complaint with the customer's data carried over. The
 * engine side is {@code consultation.process}.
 */
package cn.insure.claims.consultation;
