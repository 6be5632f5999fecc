package cn.insure.claims.system.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.catastrophe.CatastropheDeclaration;
import cn.insure.claims.claim.ClaimSubmission;
import cn.insure.claims.complaint.ComplaintFixtures;
import cn.insure.claims.complaint.ComplaintSubmission;
import cn.insure.claims.consultation.ConsultationFixtures;
import cn.insure.claims.consultation.ConsultationSubmission;
import cn.insure.claims.support.Http;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Column by column: every free text a submission may carry is accepted at its longest — in Chinese,
 * one character per character — and stored, so that the bound the API announces ({@code @Size}) is
 * never wider than the column behind it (a wider bound would answer 500 at the limit). The fields are
 * read from the submission records themselves: a new text field is covered without a new line here.
 * One past the limit is refused with 400 naming the field: {@code bad-input/corpus.txt}.
 */
@ClaimsSpringBootTest
class EveryTextFitsItsColumnTest {

  record Field(String endpoint, String caller, Class<?> submission, String pointer, int max) {
    @Override
    public String toString() {
      return endpoint + " " + pointer + " at " + max + " characters";
    }
  }

  @LocalServerPort int port;
  @Autowired ObjectMapper objectMapper;

  static Stream<Field> boundedTexts() {
    List<Field> fields = new ArrayList<>();
    collect("/api/claims", "channel", ClaimSubmission.class, ClaimSubmission.class, "", fields);
    collect("/api/complaints", "channel", ComplaintSubmission.class, ComplaintSubmission.class, "", fields);
    collect("/api/consultations", "channel", ConsultationSubmission.class, ConsultationSubmission.class, "", fields);
    collect("/api/catastrophes", "chenjie", CatastropheDeclaration.class, CatastropheDeclaration.class, "", fields);
    return fields.stream();
  }

  /** Free texts only: a field with a pattern or an e-mail format is bounded by its shape. (The constraints of a
   * record component are on its accessor.) */
  private static void collect(String endpoint, String caller, Class<?> submission, Class<?> type, String prefix,
      List<Field> fields) {
    for (RecordComponent component : type.getRecordComponents()) {
      String pointer = prefix + "/" + component.getName();
      Class<?> componentType = component.getType();
      if (componentType.isRecord()) {
        collect(endpoint, caller, submission, componentType, pointer, fields);
      } else if (List.class.isAssignableFrom(componentType)
          && component.getGenericType() instanceof ParameterizedType list
          && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
        collect(endpoint, caller, submission, element, pointer + "/0", fields);
      } else if (componentType == String.class && isFreeText(component.getAccessor()) && !pointer.equals("/documents/0/type")) {
        // (A document's type is one of the checklist's names; its bound is the corpus's.)
        fields.add(new Field(endpoint, caller, submission, pointer, component.getAccessor().getAnnotation(Size.class).max()));
      }
    }
  }

  private static boolean isFreeText(AnnotatedElement component) {
    return component.isAnnotationPresent(Size.class) && !component.isAnnotationPresent(Pattern.class)
        && !component.isAnnotationPresent(Email.class);
  }

  @Test
  void everySubmissionHasBoundedTextsToCheck() {
    assertThat(boundedTexts().map(Field::pointer)).contains("/claimant/name", "/loss/place", "/loss/cause",
        "/loss/description", "/payee/accountName", "/payee/bankName", "/documents/0/fileName", "/subject",
        "/description", "/requestedOutcome", "/complainant/name", "/question", "/customer/name", "/name");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("boundedTexts")
  void aTextAtItsLimitIsAcceptedAndKept(Field field) throws IOException {
    ObjectNode submission = valid(field.submission());
    String longest = field.pointer().endsWith("/fileName") ? "很".repeat(field.max() - 4) + ".pdf"
        : "很".repeat(field.max());
    set(submission, field.pointer(), longest);

    HttpResponse<String> response = new Http(port).postJson(field.endpoint(), submission.toString(),
        "Authorization", Http.basic(field.caller(), field.caller()));

    assertThat(response.statusCode()).as("%s: %s", field, response.body()).isEqualTo(201);
  }

  private ObjectNode valid(Class<?> submission) throws IOException {
    if (submission == ClaimSubmission.class) {
      return (ObjectNode) objectMapper.readTree(Files.readString(
          Path.of("src/main/resources/openapi/claim-submission.example.json")));
    }
    if (submission == ComplaintSubmission.class) {
      return objectMapper.valueToTree(ComplaintFixtures.serviceComplaint());
    }
    if (submission == ConsultationSubmission.class) {
      return objectMapper.valueToTree(ConsultationFixtures.coverageQuestion());
    }
    // An event lasting till tomorrow (a declared event has not ended), over a region no other test uses.
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    return (ObjectNode) objectMapper.readTree("""
        {"name":"台风","regionCodes":["650100"],"lossFrom":"%s","lossTo":"%s"}"""
        .formatted(today.minusDays(1), today.plusDays(1)));
  }

  private static void set(ObjectNode document, String pointer, String value) {
    int last = pointer.lastIndexOf('/');
    JsonNode parent = last == 0 ? document : document.at(pointer.substring(0, last));
    String name = pointer.substring(last + 1);
    ((ObjectNode) parent).put(name, value);
  }
}
