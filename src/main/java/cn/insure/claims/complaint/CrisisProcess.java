package cn.insure.claims.complaint;

/**
 * What crisis handling asks of a crisis incident's process
 * ({@code processes/complaint/crisis-incident.bpmn}). Implemented in {@code complaint/process}.
 */
public interface CrisisProcess {

  /** Starts the crisis team's process of a new incident with the complaints linked so far. */
  void start(CrisisIncident incident, String linkedComplaints);

  /** The crisis team's forms show the complaints linked now. */
  void linkedComplaintsChanged(String incidentId, String linkedComplaints, int complaintCount);
}
