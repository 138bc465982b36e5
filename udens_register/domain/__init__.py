"""Entities, value objects, enums and errors of the register; pure Python."""
