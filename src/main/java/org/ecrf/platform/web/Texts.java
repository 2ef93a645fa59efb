package org.ecrf.platform.web;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the message bundles ({@code i18n/messages_*.properties}) in the language of the current
 * view.
 */
public final class Texts {

  static final String BUNDLE = "i18n.messages";

  private Texts() {}

  public static String get(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale =
        faces != null && faces.getViewRoot() != null
            ? faces.getViewRoot().getLocale()
            : Locale.ENGLISH;
    return get(locale, key, arguments);
  }

  public static String get(Locale locale, String key, Object... arguments) {
    try {
      String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
      return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    } catch (MissingResourceException e) {
      return "???" + key + "???";
    }
  }
}
