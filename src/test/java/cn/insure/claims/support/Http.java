package cn.insure.claims.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** A small HTTP client for tests that talk to the running application as a client would. */
public final class Http {

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  public Http(int port) {
    this.baseUrl = "http://localhost:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public String baseUrl() {
    return baseUrl;
  }

  public static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public HttpResponse<String> get(String path, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), headers);
  }

  public HttpResponse<String> postJson(String path, String json, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)), headers);
  }

  public HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)), headers);
  }

  public HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Like {@link #send}, for binary answers (document downloads). */
  public HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request, String... headers) {
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue).findFirst().orElse(null);
  }

  /**
   * Logs in to a Camunda webapp the way the browser does: a first GET hands out the session and
   * the CSRF token, the login POST sends the token back. Returns the login response.
   */
  public HttpResponse<String> webappLogin(String app, String user, String password) {
    get("/camunda/app/" + app + "/default/");
    String csrf = cookie("XSRF-TOKEN");
    return postForm("/camunda/api/admin/auth/user/default/login/" + app,
        Map.of("username", user, "password", password), "X-XSRF-TOKEN", csrf == null ? "" : csrf);
  }
}
