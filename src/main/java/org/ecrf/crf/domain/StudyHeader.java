package org.ecrf.crf.domain;

/**
 * Which study and which version of its definition.
 *
 * @param studyOid e.g. {@code TOPIT}
 * @param studyName the ODM StudyName
 * @param protocolName the ODM ProtocolName
 * @param metaDataVersionOid e.g. {@code MDV.1}; captured data point to it
 * @param metaDataVersionName the MetaDataVersion's Name
 * @param metaDataVersionDescription its Description attribute; empty text when not given
 */
public record StudyHeader(
    String studyOid,
    String studyName,
    String protocolName,
    String metaDataVersionOid,
    String metaDataVersionName,
    String metaDataVersionDescription) {}
