"""Alembic environment: always run in code, on the connection the register hands over."""

from alembic import context

from udens_register.storage.models import Base
from udens_register.storage.search import include_object

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run only through udens_register.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
