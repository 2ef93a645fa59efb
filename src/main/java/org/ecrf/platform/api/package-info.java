/**
 * The REST API's frame: its root path {@code /api/v1}, its OpenAPI description, and the mapping of
 * application exceptions to HTTP answers with a JSON body that names the field and the reason.
 */
package org.ecrf.platform.api;
