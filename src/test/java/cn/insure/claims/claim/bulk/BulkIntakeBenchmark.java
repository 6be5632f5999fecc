package cn.insure.claims.claim.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * How fast {@code POST /api/claims/bulk} imports a CSV file into a running application (not part of
 * {@code mvn verify}: tagged {@code benchmark}). Start the application, then:
 *
 * <pre>
 * mvn test -Dtest=BulkIntakeBenchmark -Dtest.excludedGroups=none \
 *     -Dbenchmark.url=http://localhost:8080 -Dbenchmark.rows=2000,10000
 * </pre>
 *
 * The file is generated while it is sent and the answer counted while it arrives, as a temporary
 * service point would upload a day's paper claims; every run uses new external references.
 */
@Tag("benchmark")
class BulkIntakeBenchmark {

  private static final String HEADER = "externalReference,policyNumber,channel,claimantName,claimantPhone,"
      + "claimantIdNumber,lossDate,lossPlace,regionCode,peril,cause,productLine,claimType,claimedAmount\n";

  /** Demo policies and a claim each could bring after a typhoon (regions and perils as insured). */
  private static final String[] CLAIMS = {
      "P-PRP-2026-000001,BRANCH,何家豪,13510926634,441302198304192573,%s,深圳市南山区滨海花园,440305,TYPHOON,台风致门窗损坏,PROPERTY,PROPERTY_DAMAGE,%s",
      "P-PRP-2026-000002,BRANCH,梁淑芬,13631288457,440803197608021288,%s,珠海市香洲区海景小区,440402,FLOOD,洪水浸泡家具,PROPERTY,PROPERTY_DAMAGE,%s",
      "P-AUTO-2026-000001,PHONE,张建华,13923807716,410105198203081956,%s,深圳市南山区地下车库,440305,FLOOD,车辆泡水,AUTO,VEHICLE_DAMAGE,%s",
      "P-MED-2026-000001,BRANCH,王小明,13800138000,110101199003078888,%s,深圳市南山区人民医院,440305,ILLNESS,住院治疗,MEDICAL,HOSPITALISATION,%s",
      "P-ACC-2026-000002,BRANCH,黄海波,13925561873,440305197911053316,%s,深圳市南山区后海大道,440305,ACCIDENT,台风天摔伤,ACCIDENT,INJURY,%s"};

  @Test
  void importsTheConfiguredNumbersOfRowsInOneRequestEach() throws Exception {
    String baseUrl = System.getProperty("benchmark.url", "http://localhost:8080");
    String user = System.getProperty("benchmark.user", "channel");
    String password = System.getProperty("benchmark.password", "channel");
    int[] sizes = Arrays.stream(System.getProperty("benchmark.rows", "2000,10000").split(","))
        .mapToInt(size -> Integer.parseInt(size.trim())).toArray();
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    for (int rows : sizes) {
      String run = UUID.randomUUID().toString().substring(0, 8);
      HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/claims/bulk"))
          .header("Content-Type", "text/csv")
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
              .getBytes(StandardCharsets.UTF_8)))
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedCsv(run, rows))).build();
      long start = System.nanoTime();
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      assertThat(response.statusCode()).isEqualTo(200);
      Counts counts = count(response.body(), start);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("BENCHMARK bulk CSV %,d rows: %.1f s, %.0f rows/s (first row answered after %.2f s) — "
          + "imported %d, duplicates %d, rejected %d%n", rows, seconds, rows / seconds, counts.firstRowSeconds,
          counts.imported, counts.duplicates, counts.rejected);
      assertThat(counts.rows).isEqualTo(rows);
      assertThat(counts.imported).isEqualTo(rows);
    }
  }

  private static final class Counts {
    int rows;
    int imported;
    int duplicates;
    int rejected;
    double firstRowSeconds;
  }

  private static Counts count(InputStream body, long start) throws IOException {
    Counts counts = new Counts();
    try (JsonParser json = new JsonFactory().createParser(body)) {
      int depth = 0;
      for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
        if (token == JsonToken.START_OBJECT) {
          if (++depth == 2 && counts.rows++ == 0) {
            counts.firstRowSeconds = (System.nanoTime() - start) / 1e9;
          }
        } else if (token == JsonToken.END_OBJECT) {
          depth--;
        } else if (token == JsonToken.FIELD_NAME && depth == 1) {
          String name = json.currentName();
          if (name.equals("imported") || name.equals("duplicates") || name.equals("rejected")) {
            json.nextToken();
            int value = json.getIntValue();
            switch (name) {
              case "imported" -> counts.imported = value;
              case "duplicates" -> counts.duplicates = value;
              default -> counts.rejected = value;
            }
          }
        }
      }
    }
    return counts;
  }

  /** A CSV file of claims made up as it is read, so that even a large one is never in memory. */
  private static final class GeneratedCsv extends InputStream {
    private final String run;
    private final int rows;
    private final String lossDate = LocalDate.now().minusDays(1).toString();
    private int next = -1;
    private byte[] current = new byte[0];
    private int position;

    GeneratedCsv(String run, int rows) {
      this.run = run;
      this.rows = rows;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (position == current.length && !advance()) {
        return -1;
      }
      int count = Math.min(length, current.length - position);
      System.arraycopy(current, position, buffer, offset, count);
      position += count;
      return count;
    }

    private boolean advance() {
      if (next >= rows) {
        return false;
      }
      String line = next < 0 ? HEADER : "BENCH-" + run + "-" + next + ","
          + CLAIMS[next % CLAIMS.length].formatted(lossDate, 1000 + (next % 90) * 100) + "\n";
      next++;
      current = line.getBytes(StandardCharsets.UTF_8);
      position = 0;
      return true;
    }
  }
}
