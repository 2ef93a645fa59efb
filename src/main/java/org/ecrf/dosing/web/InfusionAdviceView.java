package org.ecrf.dosing.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.ecrf.crf.application.CrfDefinitionRegistry;
import org.ecrf.crf.application.CrfDefinitionRegistry.LoadedVersion;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.web.FormRenderModel.Section;
import org.ecrf.dosing.application.DosingAdviceService;
import org.ecrf.dosing.application.DosingItems;
import org.ecrf.entry.application.FormAddress;
import org.ecrf.entry.web.FormEntryView;
import org.omnifaces.cdi.ViewScoped;

/**
 * The dosing advice panel on the entry page of a form with {@code DOSING} derived items (the
 * infusion form): for the guided arm the recommended dose in mg/kg and mg, the next interval and
 * the rule that fired with its rationale and source; for the standard arm the standard regimen
 * only. The advice follows the weight and date as typed; it is computed again only when they
 * change.
 */
@Named
@ViewScoped
public class InfusionAdviceView implements Serializable {

  @Inject private FormEntryView form;
  @Inject private DosingAdviceService dosing;
  @Inject private CrfDefinitionRegistry definitions;

  private Boolean applicable;
  private String computedFor;
  private AdvicePanel panel;

  /** True when the form has derived items of the dosing advice; the panel shows only then. */
  public boolean isApplicable() {
    if (applicable == null) {
      applicable =
          definition()
              .map(d -> DosingAdviceService.hasDosingAdvice(d, form.getForm()))
              .orElse(false);
    }
    return applicable;
  }

  /** The advice for the weight and date as typed now. */
  public AdvicePanel getPanel() {
    String weight = typed(DosingItems.WEIGHT);
    String date = typed(DosingItems.DATE);
    String key = weight + "|" + date + "|" + form.getVisitDate();
    if (!Objects.equals(key, computedFor)) {
      FormAddress address =
          new FormAddress(
              form.getStudy(),
              form.getSubject(),
              form.getEvent(),
              form.getRepeat(),
              form.getForm());
      panel =
          AdvicePanel.of(
              dosing.adviceFor(
                  address,
                  definition().orElseThrow(),
                  number(weight),
                  this.date(date).or(() -> this.date(form.getVisitDate()))));
      computedFor = key;
    }
    return panel;
  }

  private Optional<StudyDefinition> definition() {
    return definitions
        .version(form.getStudy(), form.getHeader().metaDataVersion())
        .map(LoadedVersion::definition);
  }

  /** The text typed for an item of a non-repeating section of the form. */
  private String typed(String itemOid) {
    return form.getLayout().sections().stream()
        .filter(section -> !section.repeating())
        .filter(section -> section.fields().stream().anyMatch(f -> f.oid().equals(itemOid)))
        .map(Section::oid)
        .findFirst()
        .map(groupOid -> form.getState().getText().get(form.key(groupOid, 1, itemOid)))
        .orElse("");
  }

  private static Optional<BigDecimal> number(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(text.strip().replace(',', '.')));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private Optional<LocalDate> date(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
