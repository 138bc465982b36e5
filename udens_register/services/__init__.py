"""Use cases over the register; they hand out frozen DTOs, never ORM objects."""
