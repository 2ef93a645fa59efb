package org.ecrf.randomization.domain;

/**
 * Something wrong with a randomisation list, located as precisely as possible.
 *
 * @param line the line of the uploaded file (1 is the header, data start at 2), or the 1-based
 *     position of the slot when the list was built from stored slots; 0 when the problem concerns
 *     the list as a whole (e.g. a stratum without slots)
 * @param column the column concerned (e.g. {@code SEQUENCE}, {@code ARM}, a factor name), or an
 *     empty string when the problem concerns the whole line or list
 * @param message what is wrong, in English, naming the values involved
 */
public record ListProblem(int line, String column, String message) {

  public ListProblem {
    column = column == null ? "" : column;
  }

  @Override
  public String toString() {
    String where = line == 0 ? "list" : "line " + line;
    return column.isEmpty()
        ? where + ": " + message
        : where + ", column " + column + ": " + message;
  }
}
