/**
 * Complaints (投诉): intake from channel systems and Tasklist, triage by the decision table
 * {@code complaintTriage}, the regulator's clock (decide within 15 days, complex cases 30, a further
 * 30 with a supervisor's approval; review one level up within 30 days of the result), the escalation
 * chain, crisis incidents that answer major and mass complaints with one cause together, and the
 * reconsideration of disputed claim decisions.
 *
 * <p>The public face: {@link cn.insure.claims.complaint.ComplaintService} (submit, feedback),
 * {@link cn.insure.claims.complaint.ComplaintWorkflow} (the process steps, for the delegates in
 * {@code complaint.process}), {@link cn.insure.claims.complaint.CrisisIncidents} and
 * {@link cn.insure.claims.complaint.ComplaintClocks}. The API is {@code /api/complaints}.
 */
package cn.insure.claims.complaint;
