package org.ecrf.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's cookies for one host, sent with every request to any instance of the cluster, as a
 * browser does when a load balancer in front sends it to another instance (cookies do not depend on
 * the port). Redirects are not followed, so that a redirect to the login page shows.
 */
final class BrowserSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"");

  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final Map<String, String> cookies = new LinkedHashMap<>();

  /** Signs in through the login page of the instance, as a user types it. */
  static BrowserSession signIn(URL instance, String username, String password) {
    BrowserSession session = new BrowserSession();
    String loginPage = session.get(instance, "login.xhtml").body();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("login:username", username);
    form.put("login:password", password);
    form.put("login:continue", "");
    form.put("login:signIn", "");
    form.put("jakarta.faces.ViewState", viewState(loginPage));
    HttpResponse<String> answer = session.post(instance, "login.xhtml", form, false);
    String location = answer.headers().firstValue("Location").orElse("");
    if (answer.statusCode() != 302 || location.contains("login.xhtml")) {
      throw new AssertionError("Sign-in as " + username + " failed:\n" + answer.body());
    }
    return session;
  }

  /** The view state of a rendered page, for a postback to it. */
  static String viewState(String page) {
    Matcher matcher = VIEW_STATE.matcher(page);
    if (!matcher.find()) {
      throw new AssertionError("The page has no view state:\n" + page);
    }
    return matcher.group(1);
  }

  HttpResponse<String> get(URL instance, String path) {
    return send(HttpRequest.newBuilder(URI.create(instance + path)).GET());
  }

  /** A Faces Ajax postback, as PrimeFaces sends it. */
  HttpResponse<String> postAjax(URL instance, String path, Map<String, String> form) {
    return post(instance, path, form, true);
  }

  private HttpResponse<String> post(
      URL instance, String path, Map<String, String> form, boolean ajax) {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(instance + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (ajax) {
      request.header("Faces-Request", "partial/ajax");
    }
    return send(request);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(c -> c.getKey() + "=" + c.getValue())
              .collect(Collectors.joining("; ")));
    }
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString());
      for (String setCookie : response.headers().allValues("Set-Cookie")) {
        String pair = setCookie.split(";", 2)[0];
        int equals = pair.indexOf('=');
        cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
