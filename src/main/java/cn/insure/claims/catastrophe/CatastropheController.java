package cn.insure.claims.catastrophe;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.insure.claims.system.identity.Roles;
import cn.insure.claims.system.security.CallerGroups;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * {@code /api/catastrophes}: claims managers declare and close catastrophe events; claims staff
 * and channel systems see which events are open (so they can tell customers about the green
 * channel) and how an event went.
 */
@RestController
@RequestMapping("/api/catastrophes")
class CatastropheController {

  static final List<String> MANAGERS = List.of(Roles.CLAIMS_MANAGERS, Roles.CAMUNDA_ADMIN);
  static final List<String> READERS = List.of(Roles.CHANNEL_SYSTEMS, Roles.CLAIMS_SPECIALISTS,
      Roles.CLAIMS_SUPERVISORS, Roles.CLAIMS_MANAGERS, Roles.FINANCE, Roles.QUALITY_INSPECTORS,
      Roles.COMPLAINTS_OFFICERS, Roles.COMPLAINTS_SUPERVISORS, Roles.CRISIS_TEAM, Roles.CAMUNDA_ADMIN);

  /** An event as the API shows it, with its report once it is closed. */
  record EventView(String eventId, String name, String grade, String gradeName, String status,
      List<String> regionCodes, List<String> perils, LocalDate lossFrom, LocalDate lossTo, Instant endsAt,
      BigDecimal fastTrackLimit, BigDecimal autoSettlementLimit, BigDecimal advancePaymentShare, String declaredBy,
      Instant declaredAt, String closedBy, Instant closedAt, String closeReason, long greenChannelClaims,
      CatastropheReport report) {
  }

  record EventList(List<EventView> items) {
  }

  record Closing(@Size(max = 500) String reason) {
  }

  private final CatastropheService catastrophes;

  CatastropheController(CatastropheService catastrophes) {
    this.catastrophes = catastrophes;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<EventView> declare(@Valid @RequestBody CatastropheDeclaration declaration, Authentication caller) {
    CallerGroups.requireAny(caller, MANAGERS, "Declaring a catastrophe");
    CatastropheEvent event = catastrophes.declare(declaration, caller.getName());
    return ResponseEntity.created(URI.create("/api/catastrophes/" + event.eventId())).body(view(event.eventId()));
  }

  @GetMapping
  EventList events(@RequestParam(required = false) CatastropheEvent.Status status, Authentication caller) {
    CallerGroups.requireAny(caller, READERS, "Reading catastrophe events");
    return new EventList(catastrophes.list(status).stream().map(event -> view(event.eventId())).toList());
  }

  @GetMapping("/{eventId}")
  EventView event(@PathVariable String eventId, Authentication caller) {
    CallerGroups.requireAny(caller, READERS, "Reading catastrophe events");
    return view(eventId);
  }

  @PostMapping("/{eventId}/close")
  EventView close(@PathVariable String eventId, @Valid @RequestBody(required = false) Closing closing,
      Authentication caller) {
    CallerGroups.requireAny(caller, MANAGERS, "Closing a catastrophe");
    String reason = closing == null || closing.reason() == null || closing.reason().isBlank() ? null
        : closing.reason().trim();
    catastrophes.close(eventId, caller.getName(), reason);
    return view(eventId);
  }

  private EventView view(String eventId) {
    CatastropheEvent e = catastrophes.require(eventId);
    return new EventView(e.eventId(), e.name(), e.grade().name(), e.grade().chinese(), e.status().name(),
        e.regionCodes(), e.perils(), e.lossFrom(), e.lossTo(), e.endsAt(), e.fastTrackLimit(), e.autoSettlementLimit(),
        e.advancePaymentShare(), e.declaredBy(), e.declaredAt(), e.closedBy(), e.closedAt(), e.closeReason(),
        catastrophes.greenChannelClaims(eventId), catastrophes.report(eventId).orElse(null));
  }
}
