package org.ecrf.scoring.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a score or classification: {@link Complete} with its value, or {@link Incomplete}
 * naming every item that is missing or invalid. An incomplete result has no total and no value at
 * all, so a partial sum can never be read, stored or shown as if it were a score (spec §2: a total
 * only when all items are present).
 *
 * @param <T> the complete value ({@link Score}, {@link SesCdScore}, a Paris classification, ...)
 */
public sealed interface ScoreResult<T> permits ScoreResult.Complete, ScoreResult.Incomplete {

  /** The algorithm that produced this result. */
  AlgorithmId algorithm();

  /** The value when complete; empty when incomplete. */
  Optional<T> toOptional();

  /** A computed result. */
  record Complete<T>(AlgorithmId algorithm, T value) implements ScoreResult<T> {
    public Complete {
      Objects.requireNonNull(algorithm, "algorithm");
      Objects.requireNonNull(value, "value");
    }

    @Override
    public Optional<T> toOptional() {
      return Optional.of(value);
    }
  }

  /** No result, because of the listed problems (at least one, in item order). */
  record Incomplete<T>(AlgorithmId algorithm, List<ItemProblem> problems)
      implements ScoreResult<T> {
    public Incomplete {
      Objects.requireNonNull(algorithm, "algorithm");
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("An incomplete " + algorithm + " result needs a reason");
      }
    }

    /** The OIDs (or subject keys) of the missing, invalid or not-assessed items, each once. */
    public List<String> itemOids() {
      return problems.stream().map(ItemProblem::itemOid).distinct().toList();
    }

    @Override
    public Optional<T> toOptional() {
      return Optional.empty();
    }
  }
}
