package cn.insure.claims.consultation;

import java.net.URI;
import java.time.Instant;
import java.util.List;

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

import cn.insure.claims.consultation.process.ConsultationHandlingProcess;
import cn.insure.claims.system.engine.ActiveSteps;
import cn.insure.claims.system.identity.Roles;
import cn.insure.claims.system.idempotency.IdempotentSubmissions;
import cn.insure.claims.system.privacy.PersonalDataReads;
import cn.insure.claims.system.security.CallerGroups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * {@code /api/consultations}: customers' questions from channel systems, and the consultation as it
 * stands — the customer view for the channel account that submitted it, the staff view for staff.
 */
@RestController
@RequestMapping("/api/consultations")
@Tag(name = "咨询 Consultations", description = "Customers' questions from channel systems")
class ConsultationController {

  static final List<String> SUBMITTERS = List.of(Roles.CHANNEL_SYSTEMS, Roles.CUSTOMER_SERVICE, Roles.CAMUNDA_ADMIN);
  static final List<String> READERS = List.of(Roles.CHANNEL_SYSTEMS, Roles.CUSTOMER_SERVICE,
      Roles.INSURANCE_ADVISORS, Roles.COMPLAINTS_SUPERVISORS, Roles.QUALITY_INSPECTORS, Roles.CAMUNDA_ADMIN);

  /** The answer to a submission. */
  record ConsultationReceipt(String consultationNumber, String status, String statusText, Instant firstResponseDue) {
  }

  private final ConsultationService consultations;
  private final ActiveSteps activeSteps;

  private final PersonalDataReads reads;

  ConsultationController(ConsultationService consultations, ActiveSteps activeSteps, PersonalDataReads reads) {
    this.reads = reads;
    this.consultations = consultations;
    this.activeSteps = activeSteps;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Submit a consultation (咨询)", description = "Registers the question and starts its handling: "
      + "customer service answers within the first-response clock (firstResponseDue). Send an `Idempotency-Key` to "
      + "make re-sends safe.")
  @ApiResponse(responseCode = "201", description = "Registered; Location names the consultation")
  @ApiResponse(responseCode = "200", description = "A re-send with an Idempotency-Key already used for the same "
      + "request: the first consultation, nothing new")
  @ApiResponse(responseCode = "400", description = "Malformed JSON, unknown field or invalid value; errors[] names "
      + "each field")
  @ApiResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request")
  ResponseEntity<ConsultationReceipt> submit(@Valid @RequestBody ConsultationSubmission submission,
      @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String idempotencyKey,
      Authentication caller) {
    CallerGroups.requireAny(caller, SUBMITTERS, "Submitting consultations");
    IdempotentSubmissions.Outcome<Consultation> outcome = consultations.submit(submission, idempotencyKey,
        caller.getName());
    Consultation c = outcome.result();
    return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(URI.create("/api/consultations/" + c.consultationNumber()))
        .body(new ConsultationReceipt(c.consultationNumber(), c.status().name(), c.status().words(),
            c.firstResponseDue()));
  }

  @GetMapping("/{consultationNumber}")
  @Operation(summary = "A consultation: the customer view for the channel that submitted it, the staff view for staff")
  @ApiResponse(responseCode = "200", description = "The consultation")
  @ApiResponse(responseCode = "404", description = "No such consultation, or one another channel account submitted")
  ConsultationView consultation(@PathVariable String consultationNumber, Authentication caller) {
    CallerGroups.requireAny(caller, READERS, "Reading consultations");
    Consultation consultation = consultations.requireVisibleTo(consultationNumber, caller);
    if (CallerGroups.isChannelOnly(caller)) {
      return ConsultationView.customer(consultation);
    }
    reads.record(caller.getName(), consultationNumber, ConsultationHandlingProcess.KEY,
        PersonalDataReads.Access.API_VIEW);
    return ConsultationView.staff(consultation, activeSteps.of(ConsultationHandlingProcess.KEY, consultationNumber));
  }
}
