package org.ecrf.subject.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a site records to register a child: the site, month and year of birth, sex and diagnosis. No
 * name or other direct identifier; the platform issues the {@link SubjectKey}.
 *
 * @param siteCode the site the child is registered at, e.g. {@code POT} (whether it exists and the
 *     user may enrol there is the application's check)
 * @param birthMonth month and year of birth, not after the month of registration
 * @param sex M or F
 * @param diagnosis CD or UC
 */
public record NewSubject(String siteCode, BirthMonth birthMonth, Sex sex, Diagnosis diagnosis) {

  public NewSubject {
    Objects.requireNonNull(siteCode, "siteCode");
    Objects.requireNonNull(birthMonth, "birthMonth");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(diagnosis, "diagnosis");
  }

  /**
   * Reads the fields of an enrolment request as typed, e.g. {@code ("POT", "2014-05", "F", "CD")},
   * and reports every wrong field at once.
   *
   * @param today the day of registration: a birth month after its month is refused
   * @throws SubjectInputException with one problem per wrong field ({@code site}, {@code
   *     birthMonth}, {@code sex}, {@code diagnosis})
   */
  public static NewSubject parse(
      String site, String birthMonth, String sex, String diagnosis, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    String siteCode = read(problems, () -> SubjectKey.checkedSiteCode(site));
    BirthMonth month = read(problems, () -> BirthMonth.parse(birthMonth));
    if (month != null && month.isAfter(today)) {
      problems.add(
          new FieldProblem(BirthMonth.FIELD, "The birth month " + month + " lies in the future"));
    }
    Sex parsedSex = read(problems, () -> Sex.parse(sex));
    Diagnosis parsedDiagnosis = read(problems, () -> Diagnosis.parse(diagnosis));
    if (!problems.isEmpty()) {
      throw new SubjectInputException(problems);
    }
    return new NewSubject(siteCode, month, parsedSex, parsedDiagnosis);
  }

  private static <T> T read(List<FieldProblem> problems, Supplier<T> parser) {
    try {
      return parser.get();
    } catch (SubjectInputException e) {
      problems.addAll(e.problems());
      return null;
    }
  }
}
