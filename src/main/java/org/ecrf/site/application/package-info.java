/** Site administration (ADMIN) and the sites a signed-in user works at. */
package org.ecrf.site.application;
