package org.ecrf.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's connection pool. URL and credentials come from MicroProfile Config ({@code
 * ecrf.db.*}, set by the launcher or by environment variables such as {@code ECRF_DB_URL}); broken
 * connections are detected and replaced, so the application recovers when the database returns. A
 * connection is checked at every use, so that none taken after the database returns is a broken one
 * (checked at most once in 5 s, the first requests after the return failed); reads therefore run in
 * transactions where they can, one connection for many queries.
 */
@DataSourceDefinition(
    name = DataSourceConfiguration.JNDI_NAME,
    className = "org.mariadb.jdbc.MariaDbDataSource",
    url = "${MPCONFIG=ecrf.db.url}",
    user = "${MPCONFIG=ecrf.db.user}",
    password = "${MPCONFIG=ecrf.db.password}",
    minPoolSize = 2,
    maxPoolSize = 40,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
      "fish.payara.fail-all-connections=true",
      "fish.payara.statement-timeout-in-seconds=60"
    })
@ApplicationScoped
public class DataSourceConfiguration {

  public static final String JNDI_NAME = "java:app/jdbc/ecrf";
}
