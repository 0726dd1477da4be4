"""A stand-in org.freedesktop.ScreenSaver on the session bus: answers Inhibit with a cookie and notes every call.

Run as `python -m tests.screensaver_standin NOTES` with DBUS_SESSION_BUS_ADDRESS set; each call is appended to NOTES
as a line ("Inhibit <app> <reason> -> <cookie>", "UnInhibit <cookie>"), "ready" once the name is owned.
"""

import sys
from pathlib import Path

from jeepney import HeaderFields, MessageType, new_error, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

NAME = "org.freedesktop.ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"


def note(path: Path, line: str) -> None:
    with open(path, "a", encoding="utf-8") as notes:
        notes.write(line + "\n")


def serve(notes: Path) -> None:
    connection = open_dbus_connection(bus="SESSION")
    reply = connection.send_and_get_reply(message_bus.RequestName(NAME, 4))  # 4: do not queue
    if reply.body[0] != 1:
        raise SystemExit(f"could not own {NAME}: {reply.body}")
    note(notes, "ready")
    cookies = 0
    while True:
        message = connection.receive()
        if message.header.message_type != MessageType.method_call:
            continue
        fields = message.header.fields
        member, interface = fields.get(HeaderFields.member), fields.get(HeaderFields.interface)
        if interface == INTERFACE and member == "Inhibit":
            cookies += 1
            note(notes, f"Inhibit {message.body[0]} {message.body[1]} -> {cookies}")
            connection.send(new_method_return(message, "u", (cookies,)))
        elif interface == INTERFACE and member == "UnInhibit":
            note(notes, f"UnInhibit {message.body[0]}")
            connection.send(new_method_return(message))
        else:
            connection.send(new_error(message, "org.freedesktop.DBus.Error.UnknownMethod", "s", (f"no {member}",)))


if __name__ == "__main__":
    serve(Path(sys.argv[1]))
