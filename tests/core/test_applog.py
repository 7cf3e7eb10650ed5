from pathlib import Path

from bonusdesk.core import applog


def test_log_dir_follows_the_override(monkeypatch, tmp_path):
    monkeypatch.setenv("BONUSDESK_LOG_DIR", str(tmp_path / "logs"))
    assert applog.log_dir() == tmp_path / "logs"


def test_log_dir_is_the_platform_user_log_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("BONUSDESK_LOG_DIR", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert applog.log_dir() == Path(tmp_path / "state" / "BonusDesk" / "log")


# -- the log, crash dumps, uncaught exceptions -------------------------------------------
import logging  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402

from tests.conftest import subprocess_env  # noqa: E402


def _run(code: str, logs: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, env=subprocess_env(BONUSDESK_LOG_DIR=str(logs)))


def test_uncaught_exception_is_logged_with_its_traceback(tmp_path):
    proc = _run("from bonusdesk.core import applog\napplog.install('app')\n"
                "def deep():\n    raise RuntimeError('boom in deep')\ndeep()\n", tmp_path)
    assert proc.returncode == 1
    assert "boom in deep" in proc.stderr  # the console still shows it
    log = (tmp_path / "bonusdesk.log").read_text(encoding="utf-8")
    assert "BonusDesk 0.1.0 started (app" in log
    assert "CRITICAL bonusdesk" in log and "uncaught exception" in log
    assert 'line 4, in deep\nRuntimeError: boom in deep' in log  # source lines: -c has none


def test_uncaught_exception_in_a_thread_is_logged_too(tmp_path):
    _run("import threading\nfrom bonusdesk.core import applog\napplog.install('app')\n"
         "t = threading.Thread(target=lambda: 1 / 0, name='encoder')\nt.start()\nt.join()\n",
         tmp_path)
    log = (tmp_path / "bonusdesk.log").read_text(encoding="utf-8")
    assert "[encoder]" in log and "ZeroDivisionError" in log


def test_hard_crash_leaves_python_stacks_in_crash_log(tmp_path):
    proc = _run("import faulthandler\nfrom bonusdesk.core import applog\n"
                "applog.install('app')\nfaulthandler._sigsegv()\n", tmp_path)
    assert proc.returncode != 0
    crash = (tmp_path / "crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error" in crash and "Current thread" in crash


def test_log_rotates_and_keeps_a_bounded_size(tmp_path, monkeypatch):
    monkeypatch.setenv("BONUSDESK_LOG_DIR", str(tmp_path))
    monkeypatch.setattr(applog, "LOG_MAX_BYTES", 2000)
    monkeypatch.setattr(applog, "_installed", {})
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        applog.install("rotation-test")
        for n in range(400):
            logging.getLogger("bonusdesk.test").warning("line %d of padding text", n)
    finally:
        for handler in set(root.handlers) - set(before):
            handler.close()
            root.removeHandler(handler)
    files = sorted(p.name for p in tmp_path.glob("bonusdesk-rotation-test.log*"))
    assert files == ["bonusdesk-rotation-test.log", "bonusdesk-rotation-test.log.1",
                     "bonusdesk-rotation-test.log.2", "bonusdesk-rotation-test.log.3"]
    assert all(p.stat().st_size <= 2200 for p in tmp_path.glob("bonusdesk-rotation*"))
    assert "line 399" in applog.tail(tmp_path / "bonusdesk-rotation-test.log", 1)[0]


def test_cli_appends_to_its_log_without_log_rotation_code_while_there_is_room(tmp_path):
    code = ("import sys; from bonusdesk.core import applog; applog.install('cli'); "
            "print('logging.handlers' in sys.modules)")
    log = tmp_path / "bonusdesk-cli.log"
    for _ in range(2):
        assert _run(code, tmp_path).stdout == "False\n"
    assert sum("started (cli" in line for line in applog.tail(log)) == 2
    assert not (tmp_path / "bonusdesk-cli.log.1").exists()


def test_cli_rotates_its_log_when_a_command_starts_with_too_little_room(tmp_path):
    log = tmp_path / "bonusdesk-cli.log"
    log.write_text("old line\n" * ((applog.LOG_MAX_BYTES - applog.CLI_ROOM) // 9 + 1))
    full = log.read_bytes()
    code = "from bonusdesk.core import applog; applog.install('cli')"
    assert _run(code, tmp_path).returncode == 0
    assert (tmp_path / "bonusdesk-cli.log.1").read_bytes() == full  # kept, not cut
    assert len(applog.tail(log)) == 1 and "started (cli" in log.read_text()


def test_unwritable_log_folder_does_not_stop_bonusdesk(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    proc = _run("from bonusdesk.core import applog\nprint(applog.install('app'))\n",
                blocker / "logs")
    assert proc.returncode == 0 and proc.stdout.strip() == "None"
    assert "no log file" in proc.stderr


def test_error_listener_gets_a_report_to_copy(tmp_path):
    proc = _run("import sys\nfrom bonusdesk.core import applog\napplog.install('app')\n"
                "applog.install_excepthook(lambda text: print('DIALOG>' + text))\n"
                "raise ValueError('visible to the dialog')\n", tmp_path)
    dialog = proc.stdout.split("DIALOG>", 1)[1]
    assert dialog.startswith("BonusDesk error report")
    assert "ValueError: visible to the dialog" in dialog
    assert "os: " in dialog and "time_zone: " in dialog
