"""SQLCipher engine, ORM tables, unit of work and the Alembic runner."""
