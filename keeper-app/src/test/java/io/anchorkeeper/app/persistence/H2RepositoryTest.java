package io.anchorkeeper.app.persistence;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/** Every repository contract against an in-memory H2 database, the keeper's default engine. */
class H2RepositoryTest {

  private static TestDatabase database;

  @BeforeAll
  static void createDatabase() {
    database = TestDatabase.h2();
  }

  @AfterAll
  static void dropDatabase() {
    database.close();
  }

  @Nested
  class Migrations extends MigrationContract {
    @Override
    protected TestDatabase database() {
      return database;
    }
  }

  @Nested
  class Journal extends JournalContract {
    @Override
    protected TestDatabase database() {
      return database;
    }
  }

  @Nested
  class Procedures extends ProcedureStoreContract {
    @Override
    protected TestDatabase database() {
      return database;
    }
  }

  @Nested
  class Reports extends ReportRepositoryContract {
    @Override
    protected TestDatabase database() {
      return database;
    }
  }

  @Nested
  class Slots extends SlotRepositoryContract {
    @Override
    protected TestDatabase database() {
      return database;
    }
  }

  @Nested
  class Settings extends SettingsRepositoryContract {
    @Override
    protected TestDatabase database() {
      return database;
    }
  }

  @Nested
  class Alerts extends AlertRepositoryContract {
    @Override
    protected TestDatabase database() {
      return database;
    }
  }

  @Nested
  class Leases extends LeaseRepositoryContract {
    @Override
    protected TestDatabase database() {
      return database;
    }
  }
}
