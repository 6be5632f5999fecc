package cn.insure.claims.claim;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.insure.claims.notification.NoticeTemplates;
import cn.insure.claims.notification.NotificationOutbox;
import cn.insure.claims.numbering.CaseNumbers;
import cn.insure.claims.system.privacy.PersonalData;

/**
 * Claims assistance (协助索赔, seed 000 §三(五)): a claim under review for longer than
 * {@code claims.progress-notice.quiet-period} (default 5 days) without any news — no event on its
 * timeline — gets a progress notice (stage, what happens next, the determination due date), at most
 * once per {@code claims.progress-notice.repeat-after} (7 days). Sent through the outbox like every
 * notice and recorded as timeline event {@code PROGRESS_NOTICE}.
 */
@Service
public class ClaimProgressNotices {

  static final String EVENT = "PROGRESS_NOTICE";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private final NamedParameterJdbcTemplate jdbc;
  private final ClaimRepository claims;
  private final NoticeTemplates templates;
  private final NotificationOutbox outbox;
  private final Clock clock;
  private final Duration quietPeriod;
  private final Duration repeatAfter;

  ClaimProgressNotices(NamedParameterJdbcTemplate jdbc, ClaimRepository claims, NoticeTemplates templates,
      NotificationOutbox outbox, Clock clock,
      @Value("${claims.progress-notice.quiet-period:P5D}") Duration quietPeriod,
      @Value("${claims.progress-notice.repeat-after:P7D}") Duration repeatAfter) {
    this.jdbc = jdbc;
    this.claims = claims;
    this.templates = templates;
    this.outbox = outbox;
    this.clock = clock;
    this.quietPeriod = quietPeriod;
    this.repeatAfter = repeatAfter;
  }

  /** Sends the progress notices due now; returns the claims notified. */
  @Transactional
  public List<String> sendDue() {
    Instant now = clock.instant();
    List<String> due = jdbc.queryForList("""
        SELECT c.claim_number FROM claim c WHERE c.status = 'UNDER_REVIEW'
          AND NOT EXISTS (SELECT 1 FROM claim_event e WHERE e.claim_number = c.claim_number
                          AND e.occurred_at > :quietSince)
          AND NOT EXISTS (SELECT 1 FROM claim_event e WHERE e.claim_number = c.claim_number
                          AND e.event_type = :event AND e.occurred_at > :repeatSince)
        ORDER BY c.claim_number""", new MapSqlParameterSource()
        .addValue("quietSince", Timestamp.from(now.minus(quietPeriod)))
        .addValue("repeatSince", Timestamp.from(now.minus(repeatAfter))).addValue("event", EVENT), String.class);
    due.forEach(claimNumber -> send(claims.find(claimNumber).orElseThrow(), now));
    return due;
  }

  private void send(Claim claim, Instant now) {
    NoticeTemplates.Rendered notice = templates.render("claim/claim-progress", Map.of(
        "claimNumber", claim.claimNumber(), "claimantName", claim.claimantName(), "policyNumber", claim.policyNumber(),
        "stage", "审核中 " + ClaimStatus.UNDER_REVIEW.english(),
        "nextStep", "理赔人员正在核定责任和金额；如需补充资料，我们会另行通知您。",
        "determinationDue", claim.determinationDueAt() == null ? "法定时限"
            : DAY.format(claim.determinationDueAt().atZone(CaseNumbers.BUSINESS_ZONE))));
    String noticeId = claims.addNotice(claim.claimNumber(), new ClaimRepository.Notice(EVENT, claim.claimantName() + " "
        + PersonalData.maskPhone(claim.claimantPhone()), notice.subject(), notice.body(), now));
    outbox.enqueue(claim.claimNumber(), EVENT, new NotificationOutbox.Contact(claim.claimantPhone(),
        claim.claimantEmail()), notice.subject(), notice.body(), "claim-notice:" + noticeId);
    claims.addEvent(claim.claimNumber(), now, EVENT, "已发出理赔进度通知 Progress notice sent: " + notice.subject(),
        null);
  }

  /** Looks for due progress notices every {@code claims.progress-notice.interval} (1 hour); off in tests. */
  @Configuration
  @EnableScheduling
  @ConditionalOnProperty(name = "claims.progress-notice.enabled", havingValue = "true", matchIfMissing = true)
  static class Schedule {

    private final ClaimProgressNotices notices;

    Schedule(ClaimProgressNotices notices) {
      this.notices = notices;
    }

    @Scheduled(initialDelayString = "${claims.progress-notice.interval:PT1H}",
        fixedDelayString = "${claims.progress-notice.interval:PT1H}")
    void sendDue() {
      notices.sendDue();
    }
  }
}
