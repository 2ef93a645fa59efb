package org.ecrf.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Gives every view the page language from its creation (the user's choice, else the browser's), so
 * that view actions and their messages speak the language the page is rendered in.
 */
public class PageLanguageViewHandler extends ViewHandlerWrapper {

  public PageLanguageViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    return LanguageView.localeOf(context);
  }
}
