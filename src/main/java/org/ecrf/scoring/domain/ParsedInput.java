package org.ecrf.scoring.domain;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Raw CRF values turned into a typed input record ({@link Valid}), or the list of items that kept
 * it from being built ({@link Invalid}). The {@code *Inputs.from(...)} classes beside each
 * calculator produce it.
 *
 * @param <T> the typed input record
 */
public sealed interface ParsedInput<T> permits ParsedInput.Valid, ParsedInput.Invalid {

  /** Applies a calculation to a valid input; an invalid one becomes an incomplete result. */
  <R> ScoreResult<R> calculate(AlgorithmId algorithm, Function<T, R> calculation);

  /**
   * Applies a calculation that may itself find the input incomplete (a rule that depends on a
   * parameter, such as unexplored SES-CD segments); an invalid input becomes an incomplete result.
   */
  <R> ScoreResult<R> calculateResult(
      AlgorithmId algorithm, Function<T, ScoreResult<R>> calculation);

  /** Every item was present and valid. */
  record Valid<T>(T input) implements ParsedInput<T> {
    public Valid {
      Objects.requireNonNull(input, "input");
    }

    @Override
    public <R> ScoreResult<R> calculate(AlgorithmId algorithm, Function<T, R> calculation) {
      return new ScoreResult.Complete<>(algorithm, calculation.apply(input));
    }

    @Override
    public <R> ScoreResult<R> calculateResult(
        AlgorithmId algorithm, Function<T, ScoreResult<R>> calculation) {
      return calculation.apply(input);
    }
  }

  /** At least one item was missing or invalid. */
  record Invalid<T>(List<ItemProblem> problems) implements ParsedInput<T> {
    public Invalid {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("An invalid input needs at least one problem");
      }
    }

    @Override
    public <R> ScoreResult<R> calculate(AlgorithmId algorithm, Function<T, R> calculation) {
      return new ScoreResult.Incomplete<>(algorithm, problems);
    }

    @Override
    public <R> ScoreResult<R> calculateResult(
        AlgorithmId algorithm, Function<T, ScoreResult<R>> calculation) {
      return new ScoreResult.Incomplete<>(algorithm, problems);
    }
  }
}
