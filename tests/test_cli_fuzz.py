"""Whatever is typed at the `kiosk` command, the answer is an exit code and readable lines, never a traceback."""

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kiosk.cli import main

OPTIONS = ["--seconds", "--camera", "--microphone", "--perspective", "--scope", "--recordings", "--width", "--height",
           "--fps", "--config", "--no-camera", "--no-microphone", "--windowed", "--help"]
VALUES = ["0", "-1", "0.6", "nan", "inf", "1e9", "x", "", "synthetic", "file:", "file:/nowhere", "auto", "community",
          "../..", "/dev/null", "/dev/video0", "public", "event", "CON", "Ŵyl", "\x00"]
COMMANDS = ["record", "recover", "devices", "withdraw", "review", "export", "bogus"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(command=st.sampled_from(COMMANDS),
       rest=st.lists(st.sampled_from(OPTIONS) | st.sampled_from(VALUES) | st.text(max_size=8), max_size=8))
@example(command="withdraw", rest=["0", "--recordings", "\x1e"])  # a folder named with a record separator
@example(command="review", rest=["K7M-4PX", "--recordings", "."])  # a folder with no clips in it
@example(command="review", rest=["../..", "--recordings", "."])
def test_any_command_line_ends_in_an_exit_code_not_a_traceback(command, rest, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)  # ./recordings, the default, lands in a scratch folder
    if "\x00" in command or any("\x00" in arg for arg in rest):
        rest = [arg.replace("\x00", "") for arg in rest]
    try:
        code = main([command, *rest])
    except SystemExit as exit:  # argparse: usage errors and --help
        code = exit.code
    captured = capsys.readouterr()
    assert code in (0, 1, 2, None)
    assert "Traceback" not in captured.err and "unexpected error" not in captured.err
    if code == 1:
        # split("\n"), not splitlines(): a path may hold \x1c-\x1e, which splitlines() also takes for line ends.
        assert captured.err.strip().split("\n")[-1].startswith("kiosk: ")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(camera=st.sampled_from(["synthetic", "file:", "file:/nowhere.mp4", "auto", "9", "/dev/video9", "cam"]) | st.text(max_size=6),
       microphone=st.sampled_from(["synthetic", "file:/nowhere.wav", "", "99"]) | st.text(max_size=6),
       perspective=st.sampled_from(["community", "frontline", "../x", "", "COMMUNITY"]) | st.text(max_size=6),
       size=st.sampled_from([["--width", "320", "--height", "240"], ["--width", "321", "--height", "241"],
                             ["--width", "100"], []]))
def test_record_with_any_sources_records_or_says_why(camera, microphone, perspective, size, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    args = ["record", "--seconds", "0.5", "--camera", camera.replace("\x00", ""),
            "--microphone", microphone.replace("\x00", ""), "--perspective", perspective.replace("\x00", ""), *size]
    try:
        code = main(args)
    except SystemExit as exit:
        code = exit.code
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "unexpected error" not in captured.err
    if code == 0:
        assert captured.out.strip().splitlines()[-1].endswith(".mp4")
    else:
        assert code in (1, 2) and captured.err.strip()
