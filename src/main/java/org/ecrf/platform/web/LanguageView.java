package org.ecrf.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The page language: English or German, chosen by the browser's preference unless the user picked
 * one, which a cookie remembers (no server state is kept for it).
 */
@Named
@RequestScoped
public class LanguageView {

  static final String COOKIE = "ecrf.lang";
  private static final Map<String, Locale> SUPPORTED =
      Map.of("en", Locale.ENGLISH, "de", Locale.GERMAN);

  public Locale getLocale() {
    return localeOf(FacesContext.getCurrentInstance());
  }

  /** The page language of the request: the user's choice (cookie), else the browser's. */
  static Locale localeOf(FacesContext faces) {
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    return chosen(request).orElseGet(() -> preferred(request));
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public void switchTo(String language) throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    if (SUPPORTED.containsKey(language)) {
      external.addResponseCookie(
          COOKIE, language, Map.of("path", cookiePath(external), "maxAge", 31_536_000));
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    String viewId = faces.getViewRoot().getViewId();
    external.redirect(
        faces.getApplication().getViewHandler().getBookmarkableURL(faces, viewId, Map.of(), true));
  }

  private static Optional<Locale> chosen(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    return cookies == null
        ? Optional.empty()
        : Arrays.stream(cookies)
            .filter(c -> COOKIE.equals(c.getName()))
            .map(c -> SUPPORTED.get(c.getValue()))
            .filter(Objects::nonNull)
            .findFirst();
  }

  private static Locale preferred(HttpServletRequest request) {
    var locales = request.getLocales();
    while (locales.hasMoreElements()) {
      Locale locale = SUPPORTED.get(locales.nextElement().getLanguage());
      if (locale != null) {
        return locale;
      }
    }
    return Locale.ENGLISH;
  }

  private static String cookiePath(ExternalContext external) {
    String contextPath = external.getRequestContextPath();
    return contextPath.isEmpty() ? "/" : contextPath;
  }
}
