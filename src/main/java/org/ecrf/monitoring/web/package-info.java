/**
 * The monitoring pages: the monitoring panel at the foot of every form page ({@link
 * org.ecrf.monitoring.web.FormMonitoringPanel}), the query inbox, the SDV worklist and the
 * monitoring dashboard. Thin views: each action is one call of a {@code monitoring.application}
 * service, whose refusal is shown as a message.
 */
package org.ecrf.monitoring.web;
