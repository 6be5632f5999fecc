package cn.insure.claims.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.notification.NotificationOutbox;

/** Claims assistance: a claim under review without news gets a progress notice, at most once a week. */
@ClaimsSpringBootTest
class ClaimProgressNoticesTest {

  @Autowired ClaimService claimService;
  @Autowired ClaimRepository claims;
  @Autowired ClaimProgressNotices progressNotices;
  @Autowired NotificationOutbox outbox;

  @BeforeEach
  void setClock() {
    ClockUtil.setCurrentTime(new Date());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aClaimUnderReviewWithoutNewsGetsAProgressNoticeAtMostOnceAWeek() {
    String claimNumber = claimService.submit(ClaimFixtures.medicalClaimWithAllDocuments(), null, "channel").claim()
        .claimNumber();
    assertThat(claims.find(claimNumber).orElseThrow().status()).isEqualTo(ClaimStatus.UNDER_REVIEW);
    assertThat(progressNotices.sendDue()).doesNotContain(claimNumber);

    advance(Duration.ofDays(6));
    assertThat(progressNotices.sendDue()).contains(claimNumber);
    assertThat(claims.notices(claimNumber)).filteredOn(n -> n.kind().equals("PROGRESS_NOTICE")).singleElement()
        .satisfies(notice -> {
          assertThat(notice.body()).contains("审核中").contains("接下来").contains(claimNumber);
          assertThat(notice.recipient()).contains("138****8000").doesNotContain("13800138000");
        });
    assertThat(outbox.entries(claimNumber)).filteredOn(e -> e.kind().equals("PROGRESS_NOTICE")).isNotEmpty();

    assertThat(progressNotices.sendDue()).doesNotContain(claimNumber);
    advance(Duration.ofDays(6));
    assertThat(progressNotices.sendDue()).as("six days after the last notice").doesNotContain(claimNumber);
    advance(Duration.ofDays(2));
    assertThat(progressNotices.sendDue()).as("eight days after the last notice").contains(claimNumber);
    assertThat(claims.events(claimNumber)).filteredOn(e -> e.type().equals("PROGRESS_NOTICE")).hasSize(2);
  }

  @Test
  void aClaimWithRecentNewsGetsNoProgressNotice() {
    String claimNumber = claimService.submit(ClaimFixtures.medicalClaimWithAllDocuments(), null, "channel").claim()
        .claimNumber();
    advance(Duration.ofDays(4));
    claims.addEvent(claimNumber, ClockUtil.getCurrentTime().toInstant(), "NOTE", "已电话联系医院核实住院记录", "zhangwei");
    advance(Duration.ofDays(2));

    assertThat(progressNotices.sendDue()).doesNotContain(claimNumber);
  }

  private static void advance(Duration duration) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
  }
}
