package org.ecrf.export.format;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.dataset.Variable;

/**
 * The header part of a SAS transport v5 file (TS-140): library header and its two real-header
 * records, member and descriptor headers with the dataset's two records, the NAMESTR header and
 * NAMESTRs, and the OBS header. Everything up to the first observation.
 */
final class XptHeaders {

  static final int RECORD = 80;
  private static final int NAMESTR = 140;
  private static final String PREFIX = "HEADER RECORD*******";
  private static final String SUFFIX = " HEADER RECORD!!!!!!!";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("ddMMMyy:HH:mm:ss", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private XptHeaders() {}

  /** The bytes before the first observation; {@code offsets} gets each variable's position. */
  static byte[] of(Dataset dataset, Instant created, int[] offsets) {
    String stamp = STAMP.format(created).toUpperCase(Locale.ROOT);
    StringBuilder text = new StringBuilder();
    text.append(header("LIBRARY", "0".repeat(30)));
    text.append(record("SAS     SAS     SASLIB  " + sasRelease() + blanks(24) + stamp));
    text.append(record(stamp));
    text.append(header("MEMBER ", "0".repeat(17) + "16" + "0".repeat(8) + "140"));
    text.append(header("DSCRPTR", "0".repeat(30)));
    text.append(
        record(
            "SAS     "
                + field(dataset.name(), 8)
                + "SASDATA "
                + sasRelease()
                + blanks(24)
                + stamp));
    text.append(record(stamp + blanks(16) + field(dataset.label(), 40) + blanks(8)));
    int count = dataset.variables().size();
    text.append(header("NAMESTR", "000000" + String.format("%04d", count) + "0".repeat(20)));
    byte[] head = text.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] namestrs = namestrs(dataset.variables(), offsets);
    byte[] obs = header("OBS    ", "0".repeat(30)).getBytes(StandardCharsets.US_ASCII);
    ByteBuffer all = ByteBuffer.allocate(head.length + namestrs.length + obs.length);
    return all.put(head).put(namestrs).put(obs).array();
  }

  private static byte[] namestrs(List<Variable> variables, int[] offsets) {
    int length = variables.size() * NAMESTR;
    byte[] bytes = new byte[(length + RECORD - 1) / RECORD * RECORD];
    Arrays.fill(bytes, length, bytes.length, (byte) ' ');
    ByteBuffer buffer = ByteBuffer.wrap(bytes); // big-endian, as TS-140 asks
    int position = 0;
    for (int i = 0; i < variables.size(); i++) {
      Variable variable = variables.get(i);
      offsets[i] = position;
      buffer.putShort((short) (variable.type().isNumeric() ? 1 : 2));
      buffer.putShort((short) 0); // name hash, unused
      buffer.putShort((short) variable.length());
      buffer.putShort((short) (i + 1));
      buffer.put(ascii(field(variable.name(), 8)));
      buffer.put(ascii(field(variable.label(), 40)));
      buffer.put(ascii(blanks(8))); // format name
      buffer.putShort((short) 0).putShort((short) 0).putShort((short) 0); // length, decimals, left
      buffer.putShort((short) 0); // unused
      buffer.put(ascii(blanks(8))); // informat name
      buffer.putShort((short) 0).putShort((short) 0); // informat length, decimals
      buffer.putInt(position);
      buffer.position(buffer.position() + 52); // unused, zeros
      position += variable.length();
    }
    return bytes;
  }

  private static String header(String kind, String digits) {
    return record(PREFIX + kind + SUFFIX + digits);
  }

  private static String sasRelease() {
    return field(XptFormat.SAS_VERSION, 8) + field(XptFormat.OPERATING_SYSTEM, 8);
  }

  private static String record(String text) {
    return field(text, RECORD);
  }

  /** The text, blank-padded to the width (callers keep it within). */
  static String field(String text, int width) {
    if (text.length() > width) {
      throw new IllegalArgumentException("'" + text + "' is longer than " + width);
    }
    return text + blanks(width - text.length());
  }

  private static String blanks(int count) {
    return " ".repeat(count);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
