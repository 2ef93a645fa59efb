package org.ecrf.crf.odm.clinical;

import java.util.List;

/**
 * The study metadata a document carries before its administrative and clinical data (ODM Study):
 * the study's stored definition files, one per MetaDataVersion, copied as ODM 1.3.2 without any
 * vendor extension, and code lists the writer adds to every MetaDataVersion (those that the flags
 * of annotations name, which a study definition does not define).
 *
 * @param studyOid the Study OID; every file must be of this study
 * @param versions the definition files, oldest first; the newest gives GlobalVariables
 * @param addedCodeLists code lists written at the end of every MetaDataVersion's code lists
 */
public record StudyMetadata(
    String studyOid, List<MetaDataFile> versions, List<EnumeratedCodeList> addedCodeLists) {

  public StudyMetadata {
    Require.key(studyOid, "studyOid");
    versions = Require.list(versions, "versions");
    addedCodeLists = Require.list(addedCodeLists, "addedCodeLists");
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("Study " + studyOid + " needs a MetaDataVersion");
    }
  }

  /**
   * One stored definition file: an ODM document with the study and one MetaDataVersion.
   *
   * @param metaDataVersionOid the version the file defines
   * @param content the file's bytes as stored
   */
  public record MetaDataFile(String metaDataVersionOid, byte[] content) {

    public MetaDataFile {
      Require.key(metaDataVersionOid, "metaDataVersionOid");
      content = Require.present(content, "content").clone();
    }

    @Override
    public byte[] content() {
      return content.clone();
    }
  }

  /**
   * A code list of plain values (ODM CodeList with EnumeratedItems), for instance the statuses a
   * query flag takes.
   *
   * @param oid the CodeList OID
   * @param name its Name
   * @param codedValues the values, in order
   */
  public record EnumeratedCodeList(String oid, String name, List<String> codedValues) {

    public EnumeratedCodeList {
      Require.key(oid, "oid");
      Require.key(name, "name");
      codedValues = Require.list(codedValues, "codedValues");
      if (codedValues.isEmpty()) {
        throw new IllegalArgumentException("Code list " + oid + " needs a value");
      }
    }
  }
}
