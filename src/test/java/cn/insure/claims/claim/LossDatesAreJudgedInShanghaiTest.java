package cn.insure.claims.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.support.Http;

/**
 * The servers run in UTC; the insurer and its customers in Shanghai. At 23:30 UTC on 20 November it is
 * 07:30 on 21 November in Shanghai: a loss "this morning" (21 November) is today, not the future; a loss
 * on 22 November is refused (judged by the application's clock, which tests move like the engine's).
 */
@ClaimsSpringBootTest
class LossDatesAreJudgedInShanghaiTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper objectMapper;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void aLossTodayInShanghaiIsAcceptedWhileItIsStillYesterdayInUtc() throws Exception {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-20T23:30:00Z")));
    Http http = new Http(port);

    HttpResponse<String> today = http.postJson("/api/claims", json(LocalDate.parse("2026-11-21")), "Authorization",
        Http.basic("channel", "channel"));
    HttpResponse<String> tomorrow = http.postJson("/api/claims", json(LocalDate.parse("2026-11-22")), "Authorization",
        Http.basic("channel", "channel"));

    assertThat(today.statusCode()).as(today.body()).isEqualTo(201);
    assertThat(tomorrow.statusCode()).isEqualTo(400);
    assertThat(tomorrow.body()).contains("loss.date").contains("must not be in the future");
  }

  private String json(LocalDate lossDate) throws Exception {
    ClaimSubmission claim = ClaimFixtures.medicalClaimWithAllDocuments();
    ClaimSubmission.Loss loss = claim.loss();
    return objectMapper.writeValueAsString(new ClaimSubmission(claim.policyNumber(), claim.channel(), claim.claimant(),
        new ClaimSubmission.Loss(lossDate, loss.place(), loss.regionCode(), loss.peril(), loss.cause(),
            loss.description()), claim.productLine(), claim.claimType(), claim.claimedAmount(), claim.payee(),
        claim.documents()));
  }
}
