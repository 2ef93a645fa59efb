package org.ecrf.randomization.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A complete randomisation list: for every stratum of its configuration, the slots in sequence
 * order, grouped in balanced permuted blocks. Immutable and always valid: it can only be built by
 * the generator, by reading an upload, or by {@link #of} from stored slots, each of which checks
 * every rule.
 *
 * <p>The {@link #fingerprint()} identifies the content without revealing it, so that the audit
 * trail, a monitor or the trial report can show which list was used while the arms stay hidden from
 * everyone but the sponsor's statistician.
 */
public final class StratifiedBlockList {

  private final RandomizationConfiguration configuration;
  private final ListSource source;
  private final Map<Stratum, List<AllocationSlot>> slotsByStratum;
  private final String fingerprint;

  /**
   * Slots must already be checked; public creation goes through {@link #of}. Each slot gets the
   * configuration's own stratum instance, so keys always list the factors in configuration order.
   */
  StratifiedBlockList(
      RandomizationConfiguration configuration, ListSource source, List<AllocationSlot> slots) {
    this.configuration = Objects.requireNonNull(configuration, "configuration");
    this.source = Objects.requireNonNull(source, "source");
    Map<Stratum, List<AllocationSlot>> grouped = new LinkedHashMap<>();
    for (Stratum stratum : configuration.strata()) {
      List<AllocationSlot> ofStratum =
          slots.stream()
              .filter(slot -> slot.stratum().equals(stratum))
              .sorted(Comparator.comparingInt(AllocationSlot::sequence))
              .map(
                  slot ->
                      new AllocationSlot(
                          stratum,
                          slot.sequence(),
                          slot.blockNumber(),
                          slot.blockSize(),
                          slot.arm()))
              .toList();
      grouped.put(stratum, ofStratum);
    }
    this.slotsByStratum = Map.copyOf(grouped);
    this.fingerprint =
        computeFingerprint(
            configuration, AllocationListCsv.write(configuration, slotsInOrder(grouped)));
  }

  /**
   * A list from slots stored earlier (any order), checked as strictly as an upload.
   *
   * @throws InvalidAllocationListException naming every problem; a problem's line is the slot's
   *     1-based position in {@code slots}
   */
  public static StratifiedBlockList of(
      RandomizationConfiguration configuration, ListSource source, List<AllocationSlot> slots) {
    List<NumberedSlot> numbered = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      numbered.add(new NumberedSlot(i + 1, slots.get(i)));
    }
    List<ListProblem> problems = new ArrayList<>();
    for (NumberedSlot row : numbered) {
      if (configuration.arm(row.slot().arm()).isEmpty()) {
        problems.add(
            new ListProblem(
                row.line(), AllocationListCsv.ARM, "arm '" + row.slot().arm() + "' is unknown"));
      }
    }
    problems.addAll(AllocationListCheck.check(configuration, numbered, Set.of(), false));
    problems.sort(Comparator.comparingInt(ListProblem::line));
    if (!problems.isEmpty()) {
      throw new InvalidAllocationListException(problems);
    }
    return new StratifiedBlockList(configuration, source, slots);
  }

  public RandomizationConfiguration configuration() {
    return configuration;
  }

  public ListSource source() {
    return source;
  }

  /** Every slot: strata in configuration order, each in sequence order. */
  public List<AllocationSlot> slots() {
    return slotsInOrder(slotsByStratum);
  }

  /** The slots of one stratum in sequence order. */
  public List<AllocationSlot> slotsOf(Stratum stratum) {
    List<AllocationSlot> slots = slotsByStratum.get(stratum);
    if (slots == null) {
      throw new IllegalArgumentException(
          "Stratum "
              + stratum
              + " is not part of this list ("
              + configuration.canonicalForm()
              + ")");
    }
    return slots;
  }

  /** How many subjects of the stratum the list can randomise. */
  public int capacity(Stratum stratum) {
    return slotsOf(stratum).size();
  }

  /**
   * The slot the next subject of a stratum takes: the lowest sequence number not yet used. This is
   * the pure choice; the caller must hold the database lock that makes it happen exactly once.
   *
   * @param usedSequences sequence numbers of this stratum already allocated
   * @throws StratumFullException when every slot of the stratum is used
   * @throws IllegalArgumentException for an unknown stratum or a used number not in the list
   */
  public AllocationSlot nextSlot(Stratum stratum, Collection<Integer> usedSequences) {
    List<AllocationSlot> slots = slotsOf(stratum);
    for (Integer used : usedSequences) {
      if (used == null || used < 1 || used > slots.size()) {
        throw new IllegalArgumentException(
            "Used sequence "
                + used
                + " is not a slot of stratum "
                + stratum
                + " (1 to "
                + slots.size()
                + ")");
      }
    }
    Set<Integer> used = Set.copyOf(usedSequences);
    return slots.stream()
        .filter(slot -> !used.contains(slot.sequence()))
        .findFirst()
        .orElseThrow(() -> new StratumFullException(stratum, slots.size()));
  }

  /**
   * SHA-256 (hex) over the configuration's canonical form, a line feed, and the list in the
   * canonical CSV of {@link AllocationListCsv#write}. Equal for a generated list and the same list
   * uploaded back, whatever the order of its lines; different as soon as one arm differs.
   */
  public String fingerprint() {
    return fingerprint;
  }

  @Override
  public String toString() {
    return "StratifiedBlockList["
        + source
        + ", "
        + slots().size()
        + " slots, fingerprint "
        + fingerprint
        + "]";
  }

  private List<AllocationSlot> slotsInOrder(Map<Stratum, List<AllocationSlot>> grouped) {
    List<AllocationSlot> all = new ArrayList<>();
    for (Stratum stratum : configuration.strata()) {
      all.addAll(grouped.get(stratum));
    }
    return List.copyOf(all);
  }

  private static String computeFingerprint(RandomizationConfiguration configuration, String csv) {
    var digest = Sha256CounterStream.sha256();
    digest.update((configuration.canonicalForm() + "\n").getBytes(StandardCharsets.UTF_8));
    digest.update(csv.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest.digest());
  }
}
