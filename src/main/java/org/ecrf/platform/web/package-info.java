/**
 * Page infrastructure shared by every page: texts from the message bundles, the language switch,
 * the home page.
 */
package org.ecrf.platform.web;
