package org.ecrf.crf.odm.clinical;

import java.util.List;
import java.util.Optional;

/**
 * A note on clinical data (ODM Annotation): a comment, flags, or both; data queries and their
 * answers travel as annotations.
 *
 * @param seqNum the annotation's sequence number among its siblings (ODM SeqNum)
 * @param transactionType what the receiver is asked to do with the annotation
 * @param comment the comment text, as given
 * @param commentSource who wrote the comment; only with a comment
 * @param flags the flags, in file order
 */
public record AnnotationData(
    int seqNum,
    Optional<TransactionType> transactionType,
    Optional<String> comment,
    Optional<CommentSource> commentSource,
    List<FlagData> flags) {

  public AnnotationData {
    Require.present(transactionType, "transactionType");
    Require.present(comment, "comment");
    Require.present(commentSource, "commentSource");
    flags = Require.list(flags, "flags");
    if (commentSource.isPresent() && comment.isEmpty()) {
      throw new IllegalArgumentException("A comment source needs a comment");
    }
  }

  /** A comment, with who wrote it. */
  public static AnnotationData comment(int seqNum, String text, CommentSource source) {
    return new AnnotationData(
        seqNum, Optional.empty(), Optional.of(text), Optional.of(source), List.of());
  }
}
