"""The device test's report and an export's progress, made in the Qt-free core, read in Welsh on the panel."""

import pytest

from kiosk.diagnostics.check import CheckReport
from kiosk.export import ExportError, ExportOptions, export_record
from kiosk.export.outcome import CONTEXT
from kiosk.power import AwakeState
from kiosk.sentence import Sentence
from kiosk.space import GIGABYTE, space_left
from kiosk.ui.i18n import Translations, say


def test_the_device_test_and_export_lines_are_said_in_welsh_with_their_facts(qapp, tmp_path):
    report = CheckReport(camera="Demo pattern", microphone="Demo tone", width=320, height=240, fps=25.0, frames=50,
                         level_dbfs=-20.0, peak_dbfs=-6.0, encode_fps_per_core=300.0, headroom=10.0,
                         bytes_per_second=100_000.0, space=space_left(20 * GIGABYTE, 500, 100_000.0),
                         awake=AwakeState(display=True, method="org.freedesktop.ScreenSaver").said(),
                         recommended=(320, 240, "veryfast"))
    english = report.lines()
    assert english[0] == "Camera: Demo pattern, 320x240 at 25.0 fps delivered, 0 of 50 frames dropped."
    hours, minutes = report.space.hours_and_minutes
    assert f"Free space: 20.0 GB, about {hours:,} h {minutes:02d} min of recording at 5.7 MB a minute" in english[3]
    translations = Translations()
    assert translations.welsh_loaded
    translations.use("cy")
    try:
        welsh = [say(line) for line in report.sentences()]
        copied = say(Sentence(CONTEXT, "%1: copied", ("clips/volunteer/a.mp4",)))
        with pytest.raises(ExportError) as refused:
            export_record([tmp_path / "no-such-folder"], tmp_path / "record", ExportOptions())
        refusal = say(refused.value.sentence)
    finally:
        translations.remove()
    assert welsh[0] == "Camera: Patrwm arddangos, 320x240 ar 25.0 ffrâm yr eiliad, 0 o 50 ffrâm wedi'u colli."
    assert welsh[1].startswith("Meicroffon: Tôn arddangos, lefel -20 dBFS (brig -6 dBFS), yn clywed sain.")
    assert welsh[3].startswith(f"Lle rhydd: 20.0 GB, tua {hours:,} awr {minutes:02d} mun o recordio")
    assert welsh[4] == "Yn effro: mae'r sgrin yn aros ymlaen tra bo'r ciosg yn rhedeg (org.freedesktop.ScreenSaver)."
    assert welsh[-1] == "Mae pob prawf hanfodol wedi llwyddo."
    assert copied == "clips/volunteer/a.mp4: wedi'i gopïo"
    assert refusal == f"Does dim ffolder recordiadau yn {(tmp_path / 'no-such-folder').resolve()}."
    assert str(refused.value) == f"There is no recordings folder at {(tmp_path / 'no-such-folder').resolve()}."
    assert not set(" ".join(welsh).split()) & {"Free", "space", "frames", "Recommended:", "passed."}
