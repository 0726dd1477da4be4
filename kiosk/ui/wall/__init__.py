"""The live wall's window: the loop of approved clips on the venue's screen."""
