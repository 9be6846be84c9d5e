package dk.samskab.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one data source of the application. Host, port, schema and credentials come from
 * MicroProfile Config (environment variables such as SAMSKAB_DB_HOST work too). Payara resolves
 * the ${MPCONFIG=...} expressions before the application's own config files are read, so the
 * defaults are written here.
 *
 * <p>The pool is built on {@link LocalDataSource}, a plain data source: a Galera cluster refuses
 * the XA transactions Payara would run on MariaDB's own class.
 */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "dk.samskab.platform.LocalDataSource",
        url = "jdbc:mariadb://${MPCONFIG=samskab.db.host:localhost}:${MPCONFIG=samskab.db.port:3306}/"
                + "${MPCONFIG=samskab.db.name:samskab}?${MPCONFIG=samskab.db.parameters:connectTimeout=5000}",
        user = "${MPCONFIG=samskab.db.user:samskab}",
        password = "${MPCONFIG=samskab.db.password:}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            // Connection.isValid() asks the server; metadata checks are answered from the driver's
            // cache and let dead connections through after a database outage.
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class DataSourceConfiguration {
    public static final String JNDI_NAME = "java:app/jdbc/samskab";
}
