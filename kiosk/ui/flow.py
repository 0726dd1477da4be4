"""The attendee flow's table, now in the Qt-free core (kiosk/visit.py): kept here for the windows' imports."""

from kiosk.visit import FLOW, IDLE_LEAVES, PIN_FROM, TRANSITIONS, FlowError, Screen, Step, check_move

__all__ = ["FLOW", "IDLE_LEAVES", "PIN_FROM", "TRANSITIONS", "FlowError", "Screen", "Step", "check_move"]
