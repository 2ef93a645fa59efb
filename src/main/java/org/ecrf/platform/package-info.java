/**
 * What ties the application to its container: the data source, the health check, the REST
 * application and the mapping of application exceptions to HTTP answers. No business rules live
 * here.
 */
package org.ecrf.platform;
