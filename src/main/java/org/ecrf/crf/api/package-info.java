/**
 * REST resources for study definitions: validation of any ODM file ({@code
 * /api/v1/definitions/validate}), upload of a new study or MetaDataVersion ({@code
 * /api/v1/definitions}) and the current definition as ODM ({@code
 * /api/v1/studies/{study}/metadata}).
 */
package org.ecrf.crf.api;
