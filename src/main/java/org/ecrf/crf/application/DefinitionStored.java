package org.ecrf.crf.application;

/**
 * A new MetaDataVersion was stored; once its transaction has committed, this server's registry
 * loads it at the next read instead of waiting for its periodic check.
 */
public record DefinitionStored(String studyOid, String metaDataVersionOid) {}
