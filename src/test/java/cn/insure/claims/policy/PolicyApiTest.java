package cn.insure.claims.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.support.Http;

/** The policy register over HTTP, against the demo policies (db/demo). */
@ClaimsSpringBootTest
class PolicyApiTest {

  private static final String CHANNEL = Http.basic("channel", "channel");
  private static final String CLAIMS_SPECIALIST = Http.basic("zhangwei", "zhangwei");

  @LocalServerPort
  int port;

  Http http;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void newClient() {
    http = new Http(port);
  }

  @Test
  void aChannelSystemReadsWangXiaomingsMedicalPolicyWithIdAndPhoneNumbersMasked() {
    HttpResponse<String> response = http.get("/api/policies/P-MED-2026-000001", "Authorization", CHANNEL);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode policy = read(response);
    assertThat(policy.path("policyNumber").asText()).isEqualTo("P-MED-2026-000001");
    assertThat(policy.path("productLine").asText()).isEqualTo("MEDICAL");
    assertThat(policy.path("productName").asText()).isEqualTo("安心百万医疗险（2026版）");
    assertThat(policy.path("holder").path("name").asText()).isEqualTo("王小明");
    assertThat(policy.path("holder").path("idNumber").asText()).isEqualTo("430104********4139");
    assertThat(policy.path("holder").path("phone").asText()).isEqualTo("138****1937");
    assertThat(policy.path("insured").path("name").asText()).isEqualTo("王小明");
    assertThat(policy.path("insured").path("idNumber").asText()).isEqualTo("430104********4139");
    assertThat(policy.path("sumInsured").decimalValue()).isEqualByComparingTo(new BigDecimal("1000000"));
    assertThat(policy.path("currency").asText()).isEqualTo("CNY");
    assertThat(policy.path("validFrom").asText()).isEqualTo("2026-01-01");
    assertThat(policy.path("validTo").asText()).isEqualTo("2026-12-31");
    assertThat(policy.path("status").asText()).isEqualTo("ACTIVE");
    assertThat(policy.path("regionCode").asText()).isEqualTo("440305");
    assertThat(texts(policy.path("coveredPerils"))).containsExactlyInAnyOrder("ILLNESS", "ACCIDENT");
    assertThat(response.body()).doesNotContain("430104199003154139").doesNotContain("13826451937");
  }

  @Test
  void aChildsMedicalPolicyShowsTheMotherAsHolderAndTheChildAsInsured() {
    JsonNode policy = read(http.get("/api/policies/P-MED-2026-000002", "Authorization", CLAIMS_SPECIALIST));

    assertThat(policy.path("holder").path("name").asText()).isEqualTo("李秀英");
    assertThat(policy.path("holder").path("idNumber").asText()).isEqualTo("440111********248X");
    assertThat(policy.path("insured").path("name").asText()).isEqualTo("张若曦");
    assertThat(policy.path("insured").has("phone")).isFalse();
  }

  @Test
  void aPolicyNumberReadOutOnThePhoneIsFoundWhateverItsLetterCase() {
    HttpResponse<String> response = http.get("/api/policies/p-auto-2026-000001", "Authorization", CLAIMS_SPECIALIST);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(read(response).path("policyNumber").asText()).isEqualTo("P-AUTO-2026-000001");
  }

  @Test
  void anUnknownPolicyNumberIsANotFoundProblemThatSaysWhatToCheck() {
    HttpResponse<String> response = http.get("/api/policies/P-MED-2026-999999", "Authorization", CHANNEL);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = read(response);
    assertThat(problem.path("status").asInt()).isEqualTo(404);
    assertThat(problem.path("type").asText()).isEqualTo("https://claims.insure.cn/problems/unknown-policy");
    assertThat(problem.path("detail").asText()).contains("P-MED-2026-999999").contains("Check the policy number");
    assertThat(problem.path("policyNumber").asText()).isEqualTo("P-MED-2026-999999");
  }

  @Test
  void aClaimsSpecialistListsTheAutoPoliciesOnly() {
    JsonNode page = read(http.get("/api/policies?productLine=AUTO&size=100", "Authorization", CLAIMS_SPECIALIST));

    assertThat(page.path("items")).isNotEmpty();
    assertThat(page.path("items")).allSatisfy(policy -> assertThat(policy.path("productLine").asText()).isEqualTo("AUTO"));
    assertThat(policyNumbers(page)).contains("P-AUTO-2026-000001", "P-AUTO-2026-000002", "P-AUTO-2026-000005");
    assertThat(page.path("totalItems").asLong()).isEqualTo(page.path("items").size());
  }

  @Test
  void lapsedPoliciesOfEveryProductLineAreListedTogether() {
    JsonNode page = read(http.get("/api/policies?status=LAPSED&size=100", "Authorization", CLAIMS_SPECIALIST));

    assertThat(page.path("items")).allSatisfy(policy -> assertThat(policy.path("status").asText()).isEqualTo("LAPSED"));
    assertThat(policyNumbers(page)).contains("P-MED-2026-000004", "P-AUTO-2026-000005");
  }

  @Test
  void emptyFiltersAndPagingParametersMeanTheWholeRegisterFromTheFirstPage() {
    JsonNode page = read(http.get("/api/policies?productLine=&status=&page=&size=", "Authorization", CHANNEL));

    assertThat(page.path("page").asInt()).isZero();
    assertThat(page.path("size").asInt()).isEqualTo(20);
    assertThat(page.path("items").size()).isEqualTo(20);
  }

  @Test
  void theRegisterIsReadPageByPageWithoutOverlap() {
    JsonNode first = read(http.get("/api/policies?page=0&size=5", "Authorization", CHANNEL));
    JsonNode second = read(http.get("/api/policies?page=1&size=5", "Authorization", CHANNEL));

    long total = first.path("totalItems").asLong();
    assertThat(first.path("page").asInt()).isZero();
    assertThat(second.path("page").asInt()).isEqualTo(1);
    assertThat(first.path("size").asInt()).isEqualTo(5);
    assertThat(first.path("totalPages").asLong()).isEqualTo((total + 4) / 5);
    assertThat(policyNumbers(first)).hasSize(5).doesNotContainAnyElementsOf(policyNumbers(second));
    assertThat(policyNumbers(second)).hasSize(5);
    // Policy number order: the first page ends before the second begins.
    assertThat(policyNumbers(first).get(4)).isLessThan(policyNumbers(second).get(0));
  }

  @Test
  void anUnknownProductLineIsABadRequestThatNamesTheFieldAndTheAllowedValues() {
    HttpResponse<String> response = http.get("/api/policies?productLine=TRAVEL", "Authorization", CHANNEL);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = read(response);
    assertThat(problem.path("detail").asText()).contains("productLine");
    assertThat(problem.path("errors")).hasSize(1);
    assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("productLine");
    assertThat(problem.path("errors").get(0).path("message").asText())
        .isEqualTo("must be one of MEDICAL, ACCIDENT, PROPERTY, AUTO, LIFE");
  }

  @Test
  void everyWrongParameterIsReportedAtOnce() {
    JsonNode problem = read(http.get("/api/policies?status=EXPIRED&page=-1&size=500", "Authorization", CHANNEL));

    assertThat(problem.path("status").asInt()).isEqualTo(400);
    assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("status", "page", "size");
    assertThat(problem.path("errors").get(0).path("message").asText())
        .isEqualTo("must be one of ACTIVE, LAPSED, CANCELLED");
    assertThat(problem.path("errors").get(2).path("message").asText()).isEqualTo("must be between 1 and 100");
  }

  @Test
  void aPageThatIsNotANumberIsABadRequestNamingThePageParameter() {
    JsonNode problem = read(http.get("/api/policies?page=first", "Authorization", CHANNEL));

    assertThat(problem.path("status").asInt()).isEqualTo(400);
    assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("page");
  }

  @ParameterizedTest(name = "{0} may read policies")
  @ValueSource(strings = {"zhangwei", "wangfang", "chenjie", "liuyang", "zhaolei", "channel", "demo"})
  void staffWhoHandleClaimsOrComplaintsAndTheChannelsMayReadPolicies(String user) {
    assertThat(http.get("/api/policies/P-PRP-2026-000001", "Authorization", Http.basic(user, user)).statusCode())
        .isEqualTo(200);
  }

  @Test
  void aProcessAnalystIsRefusedWithAProblemNamingTheGroupsThatMayRead() {
    HttpResponse<String> response = http.get("/api/policies/P-MED-2026-000001", "Authorization",
        Http.basic("huangwei", "huangwei"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("claims-specialists").doesNotContain("王小明");
    assertThat(http.get("/api/policies", "Authorization", Http.basic("huangwei", "huangwei")).statusCode())
        .isEqualTo(403);
  }

  @Test
  void readingPoliciesWithoutCredentialsIsRefused() {
    assertThat(http.get("/api/policies/P-MED-2026-000001").statusCode()).isEqualTo(401);
    assertThat(http.get("/api/policies?productLine=MEDICAL").statusCode()).isEqualTo(401);
  }

  @Test
  void theDemoRegisterHoldsAtLeastTwentyPolicies() {
    assertThat(read(http.get("/api/policies?size=1", "Authorization", CHANNEL)).path("totalItems").asLong())
        .isGreaterThanOrEqualTo(20);
  }

  @ParameterizedTest(name = "the demo register has {0} policies")
  @EnumSource(ProductLine.class)
  void theDemoRegisterHasPoliciesOfEveryProductLine(ProductLine line) {
    JsonNode page = read(http.get("/api/policies?productLine=" + line + "&status=ACTIVE", "Authorization", CHANNEL));

    assertThat(page.path("totalItems").asLong()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void theDemoRegisterHasTyphoonAndFloodCoverInShenzhenAndZhuhaiForTheGreenChannel() {
    JsonNode page = read(http.get("/api/policies?status=ACTIVE&size=100", "Authorization", CHANNEL));

    List<String> coastal = new ArrayList<>();
    page.path("items").forEach(policy -> {
      String region = policy.path("regionCode").asText();
      if ((region.startsWith("4403") || region.startsWith("4404"))
          && texts(policy.path("coveredPerils")).containsAll(Set.of("TYPHOON", "FLOOD"))) {
        coastal.add(policy.path("policyNumber").asText());
      }
    });
    assertThat(coastal).contains("P-PRP-2026-000001", "P-PRP-2026-000002", "P-AUTO-2026-000001",
        "P-AUTO-2026-000002");
  }

  private JsonNode read(HttpResponse<String> response) {
    try {
      return json.readTree(response.body());
    } catch (Exception e) {
      throw new AssertionError("Not JSON (" + response.statusCode() + "): " + response.body(), e);
    }
  }

  private static List<String> policyNumbers(JsonNode page) {
    List<String> numbers = new ArrayList<>();
    page.path("items").forEach(policy -> numbers.add(policy.path("policyNumber").asText()));
    return numbers;
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> values = new HashSet<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }
}
