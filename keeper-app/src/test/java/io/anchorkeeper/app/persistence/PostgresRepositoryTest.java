package io.anchorkeeper.app.persistence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/**
 * Every repository contract against a fresh database on the local PostgreSQL server (see {@link
 * PostgresServer}), created for this run and dropped after it. When the server does not answer the
 * tests are skipped, each with the reason, unless {@code KEEPER_TEST_REQUIRE_POSTGRES=true} (CI).
 */
class PostgresRepositoryTest {

  private static TestDatabase database;
  private static String skipped = "";

  @BeforeAll
  static void createDatabase() {
    if (PostgresServer.answers() || PostgresServer.required()) {
      database = TestDatabase.postgres();
    } else {
      skipped =
          "PostgreSQL at "
              + PostgresServer.describe()
              + " does not answer: the PostgreSQL repository tests are skipped"
              + " (set KEEPER_TEST_REQUIRE_POSTGRES=true to make this a failure)";
      System.err.println(skipped);
    }
  }

  @AfterAll
  static void dropDatabase() {
    if (database != null) {
      database.close();
    }
  }

  /** The database, or a skipped test (with the reason) when the server did not answer. */
  private static TestDatabase available() {
    assumeTrue(database != null, skipped);
    return database;
  }

  @Nested
  class Migrations extends MigrationContract {
    @Override
    protected TestDatabase database() {
      return available();
    }
  }

  @Nested
  class Journal extends JournalContract {
    @Override
    protected TestDatabase database() {
      return available();
    }
  }

  @Nested
  class Procedures extends ProcedureStoreContract {
    @Override
    protected TestDatabase database() {
      return available();
    }
  }

  @Nested
  class Reports extends ReportRepositoryContract {
    @Override
    protected TestDatabase database() {
      return available();
    }
  }

  @Nested
  class Slots extends SlotRepositoryContract {
    @Override
    protected TestDatabase database() {
      return available();
    }
  }

  @Nested
  class Settings extends SettingsRepositoryContract {
    @Override
    protected TestDatabase database() {
      return available();
    }
  }

  @Nested
  class Alerts extends AlertRepositoryContract {
    @Override
    protected TestDatabase database() {
      return available();
    }
  }

  @Nested
  class Leases extends LeaseRepositoryContract {
    @Override
    protected TestDatabase database() {
      return available();
    }
  }
}
