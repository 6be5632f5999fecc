package cn.insure.claims.reporting;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.insure.claims.system.identity.Roles;
import cn.insure.claims.system.security.CallerGroups;

/**
 * {@code /api/reports/quality-evaluations}: the kept report of each quarterly evaluation, and
 * starting an evaluation by hand (the quarterly timer starts the others).
 */
@RestController
@RequestMapping("/api/reports/quality-evaluations")
class QualityEvaluationController {

  static final List<String> STARTERS = List.of(Roles.QUALITY_INSPECTORS, Roles.CLAIMS_MANAGERS);

  record KeptReports(List<QualityEvaluations.KeptReport> items) {
  }

  private final QualityEvaluations evaluations;
  private final QualityEvaluationProcess starter;

  QualityEvaluationController(QualityEvaluations evaluations, QualityEvaluationProcess starter) {
    this.evaluations = evaluations;
    this.starter = starter;
  }

  @GetMapping
  KeptReports kept(Authentication caller) {
    CallerGroups.requireAny(caller, ReportController.READERS, "Reading the quarterly evaluation reports");
    return new KeptReports(evaluations.keptReports());
  }

  @PostMapping
  ResponseEntity<Map<String, String>> start(Authentication caller) {
    CallerGroups.requireAny(caller, STARTERS, "Starting a service-quality evaluation");
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("processInstanceId", starter.start()));
  }
}
