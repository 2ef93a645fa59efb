package org.ecrf.monitoring.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import org.ecrf.entry.application.FormAddress;
import org.ecrf.monitoring.application.ScopeSignatureResult;
import org.ecrf.monitoring.application.ScopeSignatures;
import org.ecrf.monitoring.domain.SignatureScope;
import org.ecrf.shared.ConflictException;
import org.omnifaces.cdi.ViewScoped;

/**
 * The dialog of the form page's monitoring panel in which an investigator signs the form's whole
 * visit or the subject's whole casebook with one password entry ({@link ScopeSignatures}). When a
 * form is not ready nothing is signed and the message lists the forms that block; on success the
 * page opens again to show the new signature.
 */
@Named
@ViewScoped
public class ScopeSigningDialog implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ScopeSignatures signatures;
  @Inject private FormMonitoringPanel panel;

  private SignatureScope scope = SignatureScope.VISIT;
  private String password;

  /** Signs the chosen scope with the password typed again; the password is not kept. */
  public String sign() {
    char[] typed = password == null ? new char[0] : password.toCharArray();
    password = null;
    FormAddress address = panel.getAddress();
    try {
      return PanelActions.reloadOnSuccess(
          () -> {
            ScopeSignatureResult result =
                signatures.sign(
                    address.studyOid(),
                    address.subjectKey(),
                    scope,
                    address.eventOid(),
                    address.eventRepeat(),
                    typed);
            if (result.refused()) {
              throw new ConflictException(result.message());
            }
          },
          "monitoring.done.scopeSigned");
    } finally {
      Arrays.fill(typed, '\0');
    }
  }

  public SignatureScope[] getScopes() {
    return new SignatureScope[] {SignatureScope.VISIT, SignatureScope.CASEBOOK};
  }

  public SignatureScope getScope() {
    return scope;
  }

  public void setScope(SignatureScope scope) {
    this.scope = scope;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
