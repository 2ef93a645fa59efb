package org.ecrf.platform.api;

/**
 * The JSON body of every refused API call: status, its name, the offending field (if any) and the
 * reason.
 */
public record ErrorResponse(int status, String error, String field, String message) {}
