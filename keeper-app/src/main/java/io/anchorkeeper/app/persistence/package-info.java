/** JDBC persistence on H2 or PostgreSQL: slots, procedures, journal, records, alerts, leases. */
package io.anchorkeeper.app.persistence;
