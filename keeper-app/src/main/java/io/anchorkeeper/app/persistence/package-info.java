/** JDBC persistence (Flyway, H2 or PostgreSQL): slots, procedures and their journal, records. */
package io.anchorkeeper.app.persistence;
