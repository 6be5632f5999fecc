/**
 * Call-backs (回访) and satisfaction: after a claim is archived or a complaint closed, the cases the
 * decision table {@code callBackSampling} selects are called back by customer service with a
 * questionnaire; answers the table {@code callBackFollowUp} flags are followed up by the case's
 * supervisors, and a complaint is opened when the customer asks for it. Results are stored per case
 * ({@link cn.insure.claims.callback.CallBackResults}). The engine side is {@code callback.process}.
 */
package cn.insure.claims.callback;
