"""The disk worker's handles: each job answers on its own Job, once, in the GUI thread, and not after stop."""

import gc
import threading

from PySide6.QtCore import QCoreApplication

from kiosk.ui.disk import DiskWorker


def test_each_job_answers_on_its_own_handle_in_the_gui_thread_though_nobody_keeps_it(qtbot):
    worker = DiskWorker()
    answers, failures, threads = [], [], []
    try:
        first = worker.submit(lambda: threading.current_thread().name)
        first.finished.connect(answers.append)
        first.finished.connect(lambda _: threads.append(threading.current_thread()))
        worker.submit(lambda: 1 / 0).failed.connect(failures.append)
        del first
        gc.collect()  # the worker keeps the handles until their answers are delivered
        qtbot.waitUntil(lambda: bool(answers and failures), timeout=10_000)
    finally:
        worker.stop()
    assert answers == ["kiosk-disk"] and threads == [threading.main_thread()]
    assert failures == ["division by zero"]


def test_answers_after_stop_are_dropped_but_the_job_still_runs(qtbot):
    worker = DiskWorker()
    ran, answers = [], []
    worker.submit(lambda: ran.append("kept")).finished.connect(answers.append)
    worker.stop()  # the kiosk closing: the Keep reaches the disk, its screens are gone
    QCoreApplication.processEvents()
    assert ran == ["kept"] and answers == []
