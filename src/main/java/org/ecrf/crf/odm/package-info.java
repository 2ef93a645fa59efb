/**
 * Reading and validating ODM 1.3.2 files with the platform's extension: the only package that knows
 * ODM XML. {@link org.ecrf.crf.odm.CrfDefinitionValidator} parses safely (no DTD, no external
 * entities, a size limit), validates against the XSDs, checks what the XSDs cannot (references, OID
 * rules, algorithms, expressions, types) and, for a valid file, returns the immutable {@link
 * org.ecrf.crf.domain.StudyDefinition}.
 */
package org.ecrf.crf.odm;
