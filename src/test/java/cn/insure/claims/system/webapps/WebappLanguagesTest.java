package cn.insure.claims.system.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.ClaimsSpringBootTest;
import cn.insure.claims.support.Http;

/**
 * The Camunda webapps in Chinese and English, and without the "migrate to Camunda 8" banner: what
 * the running application serves under /camunda/app/{app}/ compared with the Camunda webjar on the
 * classpath. After a Camunda upgrade, the key-set test names every label the zh file lacks.
 */
@ClaimsSpringBootTest
class WebappLanguagesTest {

  /** The locale name the webapps look for: navigator.languages[0] cut at '-', lower case. */
  static final String ZH = "zh";

  static final String WEBJAR = "META-INF/resources/webjars/camunda/app/";
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");
  static final Pattern HTML_TAG = Pattern.compile("</?(a|b|br|code|em|i|p|span|strong)(\\s[^>]*)?/?>");
  static final Pattern MOMENT_TOKEN = Pattern.compile("%[ds]");
  static final Pattern CJK = Pattern.compile("\\p{IsHan}");

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;

  Http http;

  @BeforeEach
  void newClient() {
    http = new Http(port);
  }

  @ParameterizedTest(name = "{0}: zh.json has every key of the webjar''s en.json, translated")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void theChineseLabelsCoverEveryEnglishKey(String app) throws IOException {
    HttpResponse<String> served = http.get("/camunda/app/" + app + "/locales/" + ZH + ".json");
    assertThat(served.statusCode()).as("GET %s/locales/%s.json", app, ZH).isEqualTo(200);
    JsonNode zh = JSON.readTree(served.body());
    JsonNode en = JSON.readTree(webjarResource(app + "/locales/en.json"));

    Map<String, JsonNode> enLeaves = leaves(en);
    Map<String, JsonNode> zhLeaves = leaves(zh);
    List<String> missing = new ArrayList<>(enLeaves.keySet());
    missing.removeAll(zhLeaves.keySet());
    List<String> extra = new ArrayList<>(zhLeaves.keySet());
    extra.removeAll(enLeaves.keySet());
    assertThat(missing).as("keys of %s en.json missing in %s.json", app, ZH).isEmpty();
    assertThat(extra).as("keys of %s %s.json that en.json no longer has", app, ZH).isEmpty();

    List<String> problems = new ArrayList<>();
    int translated = 0;
    int texts = 0;
    for (Map.Entry<String, JsonNode> entry : enLeaves.entrySet()) {
      String key = entry.getKey();
      JsonNode english = entry.getValue();
      JsonNode chinese = zhLeaves.get(key);
      if (english.getNodeType() != chinese.getNodeType()) {
        problems.add(key + ": " + english.getNodeType() + " in en.json, " + chinese.getNodeType() + " here");
        continue;
      }
      if (english.isArray()) {
        if (english.size() != chinese.size()) {
          problems.add(key + ": " + english.size() + " entries in en.json, " + chinese.size() + " here");
        }
        continue;
      }
      if (!english.isTextual()) {
        continue;
      }
      String e = english.asText();
      String z = chinese.asText();
      if (z.isBlank() && !e.isBlank()) {
        problems.add(key + ": empty");
      }
      for (Pattern kept : List.of(PLACEHOLDER, HTML_TAG, MOMENT_TOKEN)) {
        if (!matches(kept, e).equals(matches(kept, z))) {
          problems.add(key + ": " + matches(kept, e) + " in en.json, " + matches(kept, z) + " here");
        }
      }
      if (!e.isBlank()) {
        texts++;
        if (CJK.matcher(z).find()) {
          translated++;
        }
      }
    }
    assertThat(problems).as("%s %s.json", app, ZH).isEmpty();
    // Labels such as "ID", "CSV", "Camunda", "<=" stay as they are; anything near the English
    // count means an untranslated copy.
    assertThat(translated).as("%s labels written in Chinese, of %d", app, texts).isGreaterThan(texts * 9 / 10);
  }

  @ParameterizedTest(name = "{0}: the served config.js offers en and zh, falling back to en")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void theServedConfigurationOffersChinese(String app) {
    HttpResponse<String> served = http.get("/camunda/app/" + app + "/scripts/config.js");
    assertThat(served.statusCode()).isEqualTo(200);
    String code = withoutComments(served.body());

    Matcher available = Pattern.compile("availableLocales\\s*:\\s*\\[([^]]*)]").matcher(code);
    assertThat(available.find()).as("%s config.js sets locales.availableLocales", app).isTrue();
    assertThat(quoted(available.group(1))).containsExactly("en", ZH);
    Matcher fallback = Pattern.compile("fallbackLocale\\s*:\\s*['\"]([^'\"]*)['\"]").matcher(code);
    assertThat(fallback.find()).as("%s config.js sets locales.fallbackLocale", app).isTrue();
    assertThat(fallback.group(1)).isEqualTo("en");

    // The project's file is the one served, not the webjar's default (which offers English only).
    assertThat(withoutComments(webjarText(app + "/scripts/config.js"))).doesNotContain("availableLocales");
    if (app.equals("tasklist")) {
      assertThat(code).as("the webjar's other settings are kept").contains("claimTask").contains("ctrl+alt+c");
    }
  }

  @ParameterizedTest(name = "{0}: the Camunda 8 migration banner is hidden by the served user-styles.css")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void theMigrationBannerIsHidden(String app) {
    // What 7.24 renders: <div ng-if="isCommunityEdition" class="ce-eol-banner"> with
    // BANNER_CE_EOL_TEXT, isCommunityEdition hard-coded to true. Should an upgrade rename the class,
    // the rule below would hide nothing: this fails first.
    assertThat(webjarText(app + "/camunda-" + app + "-bootstrap.js"))
        .contains("class=\"ce-eol-banner\"").contains("BANNER_CE_EOL_TEXT");

    HttpResponse<String> index = http.get("/camunda/app/" + app + "/default/");
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.body()).contains("/app/" + app + "/styles/user-styles.css");

    HttpResponse<String> css = http.get("/camunda/app/" + app + "/styles/user-styles.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(withoutComments(css.body()))
        .containsPattern("\\.ce-eol-banner\\s*\\{[^}]*display\\s*:\\s*none\\s*!important");
  }

  @ParameterizedTest(name = "{0}: a zh-CN browser is matched to the locale named zh")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void theWebappPicksTheLocaleByLanguageOnly(String app) {
    // The bootstrap takes navigator.languages[0] (or navigator.language), splits it at '-' and looks
    // the first part up in availableLocales: "zh-CN" and "zh-TW" find "zh", never "zh-CN".
    String bootstrap = webjarText(app + "/camunda-" + app + "-bootstrap.js");
    assertThat(bootstrap).containsPattern(
        "determinePreferredLanguage\\(\\(?function\\(\\)\\{var \\w=window\\.navigator,\\w=\\(\\(\\w\\.isArray\\(\\w\\.languages\\)"
            + "\\?\\w\\.languages\\[0\\]:[^)]*\\)\\|\\|\"\"\\)\\.split\\(\"-\"\\),\\w=\\w\\.indexOf\\(\\w\\[0\\]\\.toLowerCase\\(\\)\\)");
  }

  static Map<String, JsonNode> leaves(JsonNode node) {
    Map<String, JsonNode> leaves = new TreeMap<>();
    collect("", node, leaves);
    return leaves;
  }

  static void collect(String path, JsonNode node, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
        Map.Entry<String, JsonNode> field = fields.next();
        collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
      }
    } else {
      leaves.put(path, node);
    }
  }

  static List<String> matches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    Collections.sort(found);
    return found;
  }

  static List<String> quoted(String list) {
    return inOrder(Pattern.compile("['\"]([^'\"]*)['\"]"), list);
  }

  static List<String> inOrder(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  static String withoutComments(String code) {
    return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
  }

  @ParameterizedTest(name = "{0}: en.json is the webjar's without its date words, so zh's date words always win")
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})  // Welcome shows no dates: its files have none
  void theEnglishLabelsAreServedWithoutDateWords(String app) throws Exception {
    JsonNode shipped = JSON.readTree(webjarResource(app + "/locales/en.json"));
    assertThat(shipped.has("dateLocales")).as("the webjar's en.json has date words").isTrue();

    HttpResponse<String> served = http.get("/camunda/app/" + app + "/locales/en.json");

    assertThat(served.statusCode()).isEqualTo(200);
    JsonNode english = JSON.readTree(served.body());
    assertThat(english.has("dateLocales")).isFalse();
    ((com.fasterxml.jackson.databind.node.ObjectNode) shipped).remove("dateLocales");
    assertThat(english).isEqualTo(shipped);
    assertThat(JSON.readTree(http.get("/camunda/app/" + app + "/locales/" + ZH + ".json").body()).has("dateLocales"))
        .as("the Chinese date words stay").isTrue();
  }

  /** The file as the Camunda webjar ships it (not this project's override of the same path). */
  static byte[] webjarResource(String path) {
    try {
      List<URL> inJar = Collections.list(WebappLanguagesTest.class.getClassLoader().getResources(WEBJAR + path))
          .stream().filter(url -> url.toString().contains("camunda-webapp-webjar")).toList();
      assertThat(inJar).as("%s in the camunda-webapp-webjar", path).hasSize(1);
      try (InputStream in = inJar.get(0).openStream()) {
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String webjarText(String path) {
    return new String(webjarResource(path), StandardCharsets.UTF_8);
  }
}
