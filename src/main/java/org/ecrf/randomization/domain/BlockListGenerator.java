package org.ecrf.randomization.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates a stratified permuted-block list from a secret seed, reproducibly: the same seed and
 * configuration give the identical list (and fingerprint) on any JVM.
 *
 * <p>Algorithm, per stratum, with its own random stream {@link Sha256CounterStream} labelled with
 * the stratum's {@link Stratum#key()}: until the stratum has at least the requested number of
 * slots, draw a block size uniformly from the configured sizes (ascending order), fill the block
 * with each arm {@code size / ratioSum x weight} times in arm order, and shuffle it with
 * Fisher-Yates (for {@code i} from the last index down to 1, swap {@code i} with a uniform {@code
 * j} in {@code [0, i]}). Blocks are never cut, so a stratum may get up to one block size minus one
 * more slot than requested, and every block end is balanced.
 *
 * <p>Consequences: strata do not influence each other (adding a site or changing another stratum's
 * size leaves a stratum's sequence unchanged), and asking for more slots only appends blocks, so a
 * list can be extended by regenerating with the same seed.
 */
public final class BlockListGenerator {

  /** Upper bound on slots per stratum, far above any paediatric trial. */
  public static final int MAXIMUM_SLOTS_PER_STRATUM = 100_000;

  private final RandomizationConfiguration configuration;

  public BlockListGenerator(RandomizationConfiguration configuration) {
    this.configuration = configuration;
  }

  /** A list with at least {@code slotsPerStratum} slots in every stratum. */
  public StratifiedBlockList generate(AllocationSeed seed, int slotsPerStratum) {
    Map<Stratum, Integer> counts = new HashMap<>();
    configuration.strata().forEach(stratum -> counts.put(stratum, slotsPerStratum));
    return generate(seed, counts);
  }

  /**
   * A list with at least the given number of slots in each stratum.
   *
   * @param slotsByStratum a count for every stratum of the configuration, each from 1 to {@link
   *     #MAXIMUM_SLOTS_PER_STRATUM}
   * @throws IllegalArgumentException when a stratum is missing or unknown, or a count is out of
   *     range
   */
  public StratifiedBlockList generate(AllocationSeed seed, Map<Stratum, Integer> slotsByStratum) {
    for (Stratum stratum : slotsByStratum.keySet()) {
      if (!configuration.contains(stratum)) {
        throw new IllegalArgumentException("Stratum " + stratum + " is not in the configuration");
      }
    }
    List<AllocationSlot> slots = new ArrayList<>();
    for (Stratum stratum : configuration.strata()) {
      Integer count = slotsByStratum.get(stratum);
      if (count == null || count < 1 || count > MAXIMUM_SLOTS_PER_STRATUM) {
        throw new IllegalArgumentException(
            "Stratum "
                + stratum
                + " needs a slot count from 1 to "
                + MAXIMUM_SLOTS_PER_STRATUM
                + ", not "
                + count);
      }
      slots.addAll(stratumSlots(seed, stratum, count));
    }
    return new StratifiedBlockList(configuration, ListSource.GENERATED, slots);
  }

  private List<AllocationSlot> stratumSlots(AllocationSeed seed, Stratum stratum, int count) {
    Sha256CounterStream random = new Sha256CounterStream(seed, stratum.key());
    List<Integer> sizes = configuration.blockSizes();
    List<AllocationSlot> slots = new ArrayList<>();
    int blockNumber = 0;
    while (slots.size() < count) {
      blockNumber++;
      int size = sizes.get(random.nextInt(sizes.size()));
      List<String> block = shuffled(filledBlock(size), random);
      for (String arm : block) {
        slots.add(new AllocationSlot(stratum, slots.size() + 1, blockNumber, size, arm));
      }
    }
    return slots;
  }

  private List<String> filledBlock(int size) {
    List<String> block = new ArrayList<>(size);
    for (Arm arm : configuration.arms()) {
      for (int i = 0; i < configuration.slotsPerBlock(arm, size); i++) {
        block.add(arm.code());
      }
    }
    return block;
  }

  private static List<String> shuffled(List<String> block, Sha256CounterStream random) {
    for (int i = block.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      String swapped = block.get(i);
      block.set(i, block.get(j));
      block.set(j, swapped);
    }
    return block;
  }
}
