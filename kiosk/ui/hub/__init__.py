"""The hub window: a facilitator's laptop receiving the kiosks over the venue network (kiosk.sync)."""
