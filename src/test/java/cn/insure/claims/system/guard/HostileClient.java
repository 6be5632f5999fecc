package cn.insure.claims.system.guard;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import cn.insure.claims.support.Http;

/**
 * A staff member talking to the engine the way a hostile insider would: straight to the engine REST
 * API with HTTP Basic, or through Tasklist's own proxy with a real webapp session and CSRF token.
 * Both reach the same engine commands.
 */
final class HostileClient {

  enum Path {
    ENGINE_REST("/engine-rest"), TASKLIST_PROXY("/camunda/api/engine/engine/default");

    final String base;

    Path(String base) {
      this.base = base;
    }
  }

  private final Http http;
  private final Path path;
  private final String user;

  private HostileClient(Http http, Path path, String user) {
    this.http = http;
    this.path = path;
    this.user = user;
  }

  static HostileClient as(int port, Path path, String user) {
    Http http = new Http(port);
    if (path == Path.TASKLIST_PROXY) {
      int status = http.webappLogin("tasklist", user, user).statusCode();
      if (status != 200) {
        throw new IllegalStateException("Tasklist login of " + user + " answered " + status);
      }
      // The login rotates the CSRF token; Tasklist's next request fetches the new one, as here.
      http.get(Path.TASKLIST_PROXY.base + "/task/count");
    }
    return new HostileClient(http, path, user);
  }

  HttpResponse<String> post(String resource, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + resource))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    return http.send(request, headers());
  }

  HttpResponse<String> put(String resource, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + resource))
        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json));
    return http.send(request, headers());
  }

  HttpResponse<String> delete(String resource) {
    return http.send(HttpRequest.newBuilder(URI.create(base() + resource)).DELETE(), headers());
  }

  HttpResponse<String> get(String resource) {
    return http.send(HttpRequest.newBuilder(URI.create(base() + resource)).GET(), headers());
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    return http.send(request, headers());
  }

  String base() {
    return http.baseUrl() + path.base;
  }

  private String[] headers() {
    return path == Path.ENGINE_REST ? new String[] {"Authorization", Http.basic(user, user)}
        : new String[] {"X-XSRF-TOKEN", http.cookie("XSRF-TOKEN")};
  }
}
