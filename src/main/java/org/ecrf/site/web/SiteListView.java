package org.ecrf.site.web;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ecrf.platform.web.Feedback;
import org.ecrf.site.application.SiteService;
import org.ecrf.site.domain.Site;
import org.ecrf.site.domain.SiteDetails;
import org.omnifaces.cdi.ViewScoped;

/**
 * Site administration ({@code admin/sites.xhtml}): the list, and one dialog to create or edit a
 * site.
 */
@Named
@ViewScoped
public class SiteListView implements Serializable {

  @Inject private SiteService siteService;

  private List<SiteRow> sites;
  private SiteForm form = new SiteForm();

  public void load() {
    sites = siteService.allSites().stream().map(SiteRow::of).toList();
  }

  public void startNew() {
    form = new SiteForm();
    form.setCountryCode("DEU");
    form.setTimeZone("Europe/Berlin");
    form.setActive(true);
  }

  public void startEdit(SiteRow row) {
    form = SiteForm.of(row);
  }

  public void save() {
    SiteDetails details =
        new SiteDetails(form.getName(), form.getCountryCode(), form.getTimeZone());
    boolean saved =
        form.isExisting()
            ? Feedback.attempt(
                () -> siteService.update(form.getCode(), details, form.isActive()),
                "site.saved",
                form.getCode())
            : Feedback.attempt(
                () -> siteService.create(form.getCode(), details), "site.created", form.getCode());
    if (saved) {
      load();
    } else {
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  public List<SiteRow> getSites() {
    return sites;
  }

  public SiteForm getForm() {
    return form;
  }

  /** A site as the list shows it. */
  public record SiteRow(
      String code, String name, String countryCode, String timeZone, boolean active)
      implements Serializable {

    static SiteRow of(Site site) {
      return new SiteRow(
          site.code(), site.name(), site.countryCode(), site.zone().getId(), site.isActive());
    }
  }
}
