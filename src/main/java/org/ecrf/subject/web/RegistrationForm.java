package org.ecrf.subject.web;

import java.io.Serializable;
import org.ecrf.subject.application.SubjectService;

/** The fields of the registration dialog, as typed. */
public class RegistrationForm implements Serializable {

  private String site;
  private String birthMonth;
  private String sex;
  private String diagnosis;

  SubjectService.Registration toRegistration() {
    return new SubjectService.Registration(site, birthMonth, sex, diagnosis);
  }

  public String getSite() {
    return site;
  }

  public void setSite(String site) {
    this.site = site;
  }

  public String getBirthMonth() {
    return birthMonth;
  }

  public void setBirthMonth(String birthMonth) {
    this.birthMonth = birthMonth;
  }

  public String getSex() {
    return sex;
  }

  public void setSex(String sex) {
    this.sex = sex;
  }

  public String getDiagnosis() {
    return diagnosis;
  }

  public void setDiagnosis(String diagnosis) {
    this.diagnosis = diagnosis;
  }
}
