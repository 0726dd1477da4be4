"""The kiosk's log: faults land in it with their tracebacks, withdrawals by code and id only, and it rotates."""

import logging

import pytest

from kiosk import cli
from kiosk import log as kiosk_log
from kiosk.log import latest_faults, log_path, start_log, stop_log
from tests.cli_runner import kiosk

pytestmark = pytest.mark.portable  # the GitHub workflow runs it on Windows and macOS too


@pytest.fixture
def logging_to(recordings):
    path = start_log(recordings)
    yield path
    stop_log()


def test_an_unexpected_error_is_logged_with_its_traceback_and_the_terminal_points_at_the_log(recordings, monkeypatch,
                                                                                          capsys):
    def broken_recover(store):
        raise ZeroDivisionError("a programming error")

    monkeypatch.setattr("kiosk.store.recover", broken_recover)

    code = cli.main(["recover", "--recordings", str(recordings)])

    path = log_path(recordings)
    assert code == cli.EXIT_FAILURE
    assert f"unexpected error: a programming error (the details are in {path})" in capsys.readouterr().err
    text = path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "ZeroDivisionError: a programming error" in text
    assert latest_faults(recordings)[-1].endswith("unexpected error in recover")


def test_a_command_that_only_reads_creates_no_recordings_folder_for_its_log(tmp_path):
    missing = tmp_path / "nowhere"
    assert cli.main(["recover", "--recordings", str(missing)]) == cli.EXIT_FAILURE
    assert not missing.exists()


def test_takes_and_withdrawals_are_logged_by_id_and_code_only(recordings):
    recorded = kiosk("record", "--seconds", "1", "--camera", "synthetic", "--microphone", "synthetic",
                     "--recordings", recordings)
    assert recorded.returncode == 0, recorded.stderr
    code = recorded.stderr.rsplit("code ", 1)[1].split()[0]
    withdrawn = kiosk("withdraw", code, "--yes", "--recordings", recordings)
    assert withdrawn.returncode == 0, withdrawn.stderr

    text = log_path(recordings).read_text(encoding="utf-8")
    lines = text.splitlines()
    take = [line for line in lines if " take " in line]
    assert len(take) == 1 and "dropped" in take[0]
    clip_id = take[0].split(" take ")[1].split(":")[0]
    mentions = [line for line in lines if code in line]
    assert len(mentions) == 1 and f"withdrawn {code} (clip {clip_id})" in mentions[0]
    # No personal data: not the prompt the attendee answered, the card they chose, nor the event.
    assert "What are you learning" not in text and "community" not in text.lower() and "Whose Shoes" not in text


def test_the_log_rotates_into_a_few_files_of_bounded_size(recordings, monkeypatch):
    monkeypatch.setattr(kiosk_log, "MAX_BYTES", 4000)
    start_log(recordings)
    try:
        logger = logging.getLogger("kiosk.test")
        for number in range(400):
            logger.warning("fault number %04d %s", number, "x" * 60)
    finally:
        stop_log()

    folder = log_path(recordings).parent
    names = sorted(path.name for path in folder.iterdir())
    assert names == ["kiosk.log", "kiosk.log.1", "kiosk.log.2", "kiosk.log.3"]
    assert all(path.stat().st_size <= 4000 for path in folder.iterdir())
    assert latest_faults(recordings, count=3)[-1].endswith("fault number 0399 " + "x" * 60)


def test_latest_faults_are_warnings_and_errors_only_newest_last(recordings, logging_to):
    logger = logging.getLogger("kiosk.test")
    logger.info("an ordinary take")
    logger.warning("the camera was lost")
    try:
        raise OSError("disk full")
    except OSError:
        logger.exception("keep failed")
    faults = latest_faults(recordings)
    assert [fault.split(" ", 2)[2] for fault in faults] == ["the camera was lost", "keep failed"]


def test_no_log_is_no_faults(tmp_path):
    assert latest_faults(tmp_path) == []


@pytest.mark.parametrize("linked", ["logs/kiosk.log", "logs"])
def test_a_log_that_is_a_link_is_never_written_through(recordings, tmp_path, linked):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "kiosk.log").write_text("someone else's file\n")
    (recordings / "logs").mkdir(exist_ok=True)
    link = recordings / linked
    if link.exists():
        link.rmdir()
    link.symlink_to(outside / "kiosk.log" if linked.endswith(".log") else outside)

    assert start_log(recordings) is None
    logging.getLogger("kiosk").warning("a fault")
    stop_log()
    assert (outside / "kiosk.log").read_text() == "someone else's file\n"
    assert [p.name for p in outside.iterdir()] == ["kiosk.log"]
