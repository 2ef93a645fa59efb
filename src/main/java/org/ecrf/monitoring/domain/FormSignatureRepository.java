package org.ecrf.monitoring.domain;

import java.util.Optional;
import org.ecrf.entry.domain.FormData;

/** Storage of form signatures. */
public interface FormSignatureRepository {

  /** The signature of the form that is not void, if any. */
  Optional<FormSignature> validSignature(FormData form);

  /** The form's latest signature, valid or voided, if it was ever signed. */
  Optional<FormSignature> latestSignature(FormData form);

  void add(FormSignature signature);
}
