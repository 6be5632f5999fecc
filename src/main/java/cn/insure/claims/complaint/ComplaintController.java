package cn.insure.claims.complaint;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import cn.insure.claims.system.engine.ActiveSteps;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.insure.claims.complaint.process.ComplaintHandlingProcess;
import cn.insure.claims.system.feedback.CustomerFeedback;
import cn.insure.claims.system.identity.Roles;
import cn.insure.claims.system.privacy.PersonalDataReads;
import cn.insure.claims.system.security.CallerGroups;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code /api/complaints}: complaints from channel systems (web, app, WeChat, call centre) and
 * complaints staff, the complainant's answer to the result letter, and the complaint as it stands.
 * Personal data leaves masked.
 */
@RestController
@RequestMapping("/api/complaints")
class ComplaintController {

  static final List<String> SUBMITTERS = List.of(Roles.CHANNEL_SYSTEMS, Roles.COMPLAINTS_OFFICERS, Roles.CAMUNDA_ADMIN);
  static final List<String> READERS = List.of(Roles.CHANNEL_SYSTEMS, Roles.COMPLAINTS_OFFICERS,
      Roles.COMPLAINTS_SUPERVISORS, Roles.CRISIS_TEAM, Roles.CLAIMS_SUPERVISORS, Roles.CLAIMS_MANAGERS,
      Roles.QUALITY_INSPECTORS, Roles.CAMUNDA_ADMIN);
  /** Readers who see the staff side of a complaint (the call-back after it closed): all but channel systems. */
  static final List<String> STAFF_READERS = READERS.stream().filter(g -> !g.equals(Roles.CHANNEL_SYSTEMS)).toList();

  /** The answer to a submission. */
  record ComplaintReceipt(String complaintNumber, String status, ComplaintView.Stage stage, String category,
      String urgency, Instant acknowledgementDue, Instant decisionDue, String crisisIncidentId) {
  }

  /** The complainant's answer to the result letter. */
  record FeedbackRequest(@NotNull(message = "must be true or false") Boolean satisfied,
      @Size(max = 2000) String comment) {
  }

  private final ComplaintService complaintService;
  private final ComplaintRepository complaints;
  private final CrisisIncidents incidents;
  private final ActiveSteps activeSteps;
  private final CustomerFeedback feedback;
  private final PersonalDataReads reads;

  ComplaintController(ComplaintService complaintService, ComplaintRepository complaints, CrisisIncidents incidents,
      ActiveSteps activeSteps, CustomerFeedback feedback, PersonalDataReads reads) {
    this.reads = reads;
    this.feedback = feedback;
    this.complaintService = complaintService;
    this.complaints = complaints;
    this.incidents = incidents;
    this.activeSteps = activeSteps;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ComplaintReceipt> submit(@Valid @RequestBody ComplaintSubmission submission,
      @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String idempotencyKey,
      Authentication caller) {
    CallerGroups.requireAny(caller, SUBMITTERS, "Submitting complaints");
    ComplaintService.Submitted submitted = complaintService.submit(submission, idempotencyKey, caller);
    ComplaintView view = view(submitted.complaint().complaintNumber());
    // The crisis incident is the insurer's internal grouping: staff see it, channel systems do not.
    boolean staff = !CallerGroups.isChannelOnly(caller);
    ComplaintReceipt receipt = new ComplaintReceipt(view.complaintNumber(), view.status(), view.stage(),
        view.category(), view.urgency(), view.dueDates().acknowledgementDue(),
        view.dueDates().decisionDue(), staff && view.crisisIncident() != null ? view.crisisIncident().incidentId()
            : null);
    return ResponseEntity.status(submitted.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(URI.create("/api/complaints/" + view.complaintNumber())).body(receipt);
  }

  @GetMapping("/{complaintNumber}")
  Object complaint(@PathVariable String complaintNumber, Authentication caller) {
    CallerGroups.requireAny(caller, READERS, "Reading complaints");
    complaintService.requireVisibleTo(complaintNumber, caller);
    reads.recordStaffRead(caller, List.of(complaintNumber), ComplaintHandlingProcess.KEY,
        PersonalDataReads.Access.API_VIEW);
    return viewFor(caller, complaintNumber);
  }

  @PostMapping(path = "/{complaintNumber}/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Object> feedback(@PathVariable String complaintNumber,
      @Valid @RequestBody FeedbackRequest feedback, Authentication caller) {
    CallerGroups.requireAny(caller, SUBMITTERS, "Recording a complainant's feedback");
    complaintService.requireVisibleTo(complaintNumber, caller);
    complaintService.recordFeedback(complaintNumber, feedback.satisfied(),
        feedback.comment() == null || feedback.comment().isBlank() ? null : feedback.comment().trim(),
        caller.getName());
    return ResponseEntity.accepted().body(viewFor(caller, complaintNumber));
  }

  /** The customer view for a channel system, the staff view (with the call-back after closing) for staff. */
  private Object viewFor(Authentication caller, String complaintNumber) {
    if (CallerGroups.isChannelOnly(caller)) {
      return ComplaintCustomerView.of(view(complaintNumber), complaints.letters(complaintNumber),
          complaints.events(complaintNumber));
    }
    return view(complaintNumber, CallerGroups.inAny(caller, STAFF_READERS)
        ? feedback.ofComplaint(complaintNumber).orElse(null) : null);
  }

  private ComplaintView view(String complaintNumber) {
    return view(complaintNumber, null);
  }

  private ComplaintView view(String complaintNumber, CustomerFeedback.CallBackResult callBack) {
    Complaint complaint = complaintService.require(complaintNumber);
    List<String> activeSteps = this.activeSteps.of(ComplaintHandlingProcess.KEY, complaintNumber);
    return ComplaintView.of(complaint, activeSteps, complaint.crisisIncidentId() == null ? null
        : incidents.find(complaint.crisisIncidentId()).orElse(null), complaints.breaches(complaintNumber),
        complaints.letters(complaintNumber), complaints.events(complaintNumber), callBack);
  }
}
