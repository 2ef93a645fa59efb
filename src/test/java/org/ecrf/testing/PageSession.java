package org.ecrf.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
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
 * A browser-less page session: signs in through the login form (with its view state, as a browser
 * posts it) and then fetches pages with the session cookie. For checks that every page renders for
 * the roles that may see it.
 */
public final class PageSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"");

  private final URI base;
  private final HttpClient http;

  private PageSession(URI base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  public static PageSession signIn(URL deployment, String username, String password) {
    PageSession session = new PageSession(URI.create(deployment.toString()));
    HttpResponse<String> loginPage = session.get("login.xhtml");
    Matcher viewState = VIEW_STATE.matcher(loginPage.body());
    if (!viewState.find()) {
      throw new IllegalStateException("The login page has no view state:\n" + loginPage.body());
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("login:username", username);
    form.put("login:password", password);
    form.put("login:continue", "");
    form.put("login:signIn", "");
    form.put("jakarta.faces.ViewState", viewState.group(1));
    HttpResponse<String> home = session.post("login.xhtml", form);
    if (home.uri().getPath().endsWith("login.xhtml")) {
      throw new IllegalStateException("Sign-in as " + username + " failed:\n" + home.body());
    }
    return session;
  }

  /** A session that has not signed in (protected pages send it to the login page). */
  public static PageSession anonymous(URL deployment) {
    return new PageSession(URI.create(deployment.toString()));
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  /** A page as a browser that prefers {@code language} gets it. */
  public HttpResponse<String> getInLanguage(String path, String language) {
    return send(
        HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", language).GET());
  }

  private HttpResponse<String> post(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
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
