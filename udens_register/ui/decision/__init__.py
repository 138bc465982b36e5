"""The decision wizard and the words of a decision's lines, one module per part."""

from udens_register.ui.decision.wizard import DecisionWizard

__all__ = ["DecisionWizard"]
