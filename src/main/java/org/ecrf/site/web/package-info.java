/** The site administration page. */
package org.ecrf.site.web;
