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
 * A browser-less page session that presses buttons: signs in through the login form, opens a page
 * and posts one of its buttons as a PrimeFaces Ajax request would (source, execute, the form's
 * fields given, the view state). For checks of what a page action does on the server, where a
 * browser would add nothing but time.
 */
public final class AjaxPageSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"");

  private final URI base;
  private final HttpClient http;

  private AjaxPageSession(URI base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /**
   * Signs in; empty when the login page refuses the user (it stays on the login page).
   *
   * @return the session, or {@code null} when the sign-in was refused
   */
  public static AjaxPageSession signIn(URL deployment, String username, String password) {
    AjaxPageSession session = new AjaxPageSession(URI.create(deployment.toString()));
    String viewState = viewState(session.get("login.xhtml").body());
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("login:username", username);
    form.put("login:password", password);
    form.put("login:continue", "");
    form.put("login:signIn", "");
    form.put("jakarta.faces.ViewState", viewState);
    HttpResponse<String> home = session.send(session.post("login.xhtml", form, false));
    return home.uri().getPath().endsWith("login.xhtml") ? null : session;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  /**
   * Opens the page and presses the button {@code formId:buttonId} with the fields given, as an Ajax
   * request that processes the whole form; answers the partial response.
   */
  public String press(String page, String formId, String buttonId, Map<String, String> fields) {
    String viewState = viewState(get(page).body());
    String source = formId + ":" + buttonId;
    Map<String, String> form = new LinkedHashMap<>();
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", source);
    form.put("jakarta.faces.partial.execute", formId);
    form.put("jakarta.faces.partial.render", formId);
    form.put(source, source);
    form.put(formId, formId);
    fields.forEach((name, value) -> form.put(formId + ":" + name, value));
    form.put("jakarta.faces.ViewState", viewState);
    return send(post(page, form, true)).body();
  }

  private static String viewState(String html) {
    Matcher matcher = VIEW_STATE.matcher(html);
    if (!matcher.find()) {
      throw new IllegalStateException("The page has no view state:\n" + html);
    }
    return matcher.group(1);
  }

  private HttpRequest.Builder post(String path, Map<String, String> form, boolean ajax) {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    return ajax
        ? request
            .header("Faces-Request", "partial/ajax")
            .header("X-Requested-With", "XMLHttpRequest")
        : request;
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
