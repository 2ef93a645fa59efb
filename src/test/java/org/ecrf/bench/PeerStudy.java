package org.ecrf.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The peer-comparable study of issue 9: N subjects × 3 visits × one form of 10 items (a date, 3
 * integers, 3 decimals with range checks, a radio choice, a drop-down choice, a free text), defined
 * in {@code src/test/resources/bench/peer-study.xml}, so that its figures can be set beside other
 * EDC systems measured the same way on the same machine.
 */
final class PeerStudy {

  static final String STUDY = "PEER";
  static final String FILE_NAME = "peer-study.xml";
  static final List<String> VISITS = List.of("SE.VISIT1", "SE.VISIT2", "SE.VISIT3");
  static final String FORM = "F.PEER";
  static final String ITEM_GROUP = "IG.PEER";

  /** The load runs and the connection-loss check change the weight of the second visit. */
  static final LoadForm WEIGHT =
      new LoadForm(STUDY, "SE.VISIT2", FORM, ITEM_GROUP, "I.PEER_WEIGHT_KG");

  private PeerStudy() {}

  /** The definition file, byte for byte as it is uploaded. */
  static byte[] definition() {
    try (InputStream in = PeerStudy.class.getResourceAsStream("/bench/" + FILE_NAME)) {
      if (in == null) {
        throw new IllegalStateException("bench/" + FILE_NAME + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
