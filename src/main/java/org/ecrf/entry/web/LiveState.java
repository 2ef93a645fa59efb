package org.ecrf.entry.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecrf.entry.domain.BlindedItems;
import org.ecrf.entry.domain.CheckMessage;
import org.ecrf.entry.domain.DerivationOutcome;
import org.ecrf.entry.domain.FormEvaluation;
import org.ecrf.entry.domain.ItemEvaluation;
import org.ecrf.entry.domain.ItemPath;
import org.ecrf.entry.domain.ItemStatus;
import org.ecrf.entry.domain.Severity;

/**
 * What the server says about the form as typed, for the page: per item whether it is collected, its
 * messages and, for derived items, the computed value (or why there is none); and counts for the
 * form's summary line. Rebuilt after every change; it never holds the values themselves.
 */
public record LiveState(Map<String, ItemLive> items, int errors, int openWarnings, int missing)
    implements Serializable {

  static final LiveState NONE = new LiveState(Map.of(), 0, 0, 0);

  /**
   * The live state of an evaluation; required items left empty are marked at the item only when
   * {@code markMissing} (after a first save), so that a new form does not open covered in red. For
   * a caller blinded to some items, a blinded item is always shown (as "blinded"), without messages
   * or derived value, and counts in no summary figure, so that neither skip logic, a check nor a
   * count tells anything about its value.
   */
  static LiveState of(
      FormEvaluation evaluation, Locale locale, boolean markMissing, BlindedItems blinded) {
    Map<String, ItemLive> items = new HashMap<>();
    for (ItemEvaluation item : evaluation.items()) {
      items.put(
          FormEntryState.key(item.path()),
          blinded.contains(item.itemOid())
              ? ItemLive.BLINDED
              : ItemLive.of(item, evaluation, locale, markMissing));
    }
    return new LiveState(
        items,
        visibleCount(evaluation.errors(), blinded),
        visibleCount(evaluation.unconfirmedWarnings(), blinded),
        visibleCount(evaluation.missingMandatory(), blinded));
  }

  private static int visibleCount(List<CheckMessage> messages, BlindedItems blinded) {
    return (int) messages.stream().filter(m -> !blinded.contains(m.path().itemOid())).count();
  }

  /** The state keys of the items skip logic hides now. */
  public List<String> hiddenKeys() {
    return items.entrySet().stream()
        .filter(entry -> !entry.getValue().visible())
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  public ItemLive item(String key) {
    return items.getOrDefault(key, ItemLive.UNKNOWN);
  }

  /** The live facts of one item. */
  public record ItemLive(
      boolean visible, List<Message> messages, String derived, String derivedNote)
      implements Serializable {

    static final ItemLive UNKNOWN = new ItemLive(true, List.of(), "", "");

    /** A blinded item: shown, with nothing about its value. */
    static final ItemLive BLINDED = new ItemLive(true, List.of(), "", "");

    static ItemLive of(
        ItemEvaluation item, FormEvaluation evaluation, Locale locale, boolean markMissing) {
      List<Message> messages =
          item.messages().stream()
              .filter(m -> m.severity() != Severity.INFO || item.status() == ItemStatus.DERIVED)
              .map(m -> Message.of(m, locale))
              .toList();
      String derived = "";
      String note = "";
      if (item.derivation().isPresent()) {
        DerivationOutcome outcome = item.derivation().get();
        if (outcome instanceof DerivationOutcome.Computed computed) {
          derived = computed.value();
        } else {
          note = messages.stream().map(Message::text).findFirst().orElse("");
        }
      }
      boolean missing =
          markMissing
              && evaluation.missingMandatory().stream().anyMatch(m -> m.path().equals(item.path()));
      return new ItemLive(
          item.isCollected(),
          item.status() == ItemStatus.DERIVED
              ? List.of()
              : withMissing(messages, missing, evaluation, item.path(), locale),
          derived,
          note);
    }

    private static List<Message> withMissing(
        List<Message> messages,
        boolean missing,
        FormEvaluation evaluation,
        ItemPath path,
        Locale locale) {
      if (!missing) {
        return messages;
      }
      return evaluation.missingMandatory().stream()
          .filter(m -> m.path().equals(path))
          .map(m -> Message.of(m, locale))
          .findFirst()
          .map(
              m ->
                  java.util.stream.Stream.concat(messages.stream(), java.util.stream.Stream.of(m))
                      .toList())
          .orElse(messages);
    }

    public boolean hasWarning() {
      return messages.stream().anyMatch(m -> m.severity().equals("WARNING"));
    }
  }

  /** One message in the page's language. */
  public record Message(String severity, String kind, String text, boolean confirmed)
      implements Serializable {

    static Message of(CheckMessage message, Locale locale) {
      return new Message(
          message.severity().name(),
          message.kind().name(),
          message.text(locale),
          message.confirmed());
    }
  }
}
