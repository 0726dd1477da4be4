"""What we heard: the report, the REFI-QDA project and the highlight reel made from a record's themes and quotes."""
