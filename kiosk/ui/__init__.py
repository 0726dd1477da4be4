"""The Qt front end: the attendee screens, the PIN screen and the controller that drives the flow."""
