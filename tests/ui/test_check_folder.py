""""Check the claim folder" in the app (issue 10): the same verdicts as
'bonusdesk-cli verify', computed in the job runner, shown as a scrollable, copyable list."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from bonusdesk.core.integrity import verify
from bonusdesk.ui.jobs import JobCancelled, JobRunner
from bonusdesk.ui.safety.check_dialog import CheckFolderDialog, check_folder
from tests.faults import tamper

from .conftest import answer_modal
from .test_evidence_gallery import make_png
from .test_french_ui import untranslated


def run_check(qtbot, session, steps=None) -> CheckFolderDialog:
    dialog = CheckFolderDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    if steps is not None:
        dialog.progressed.connect(lambda done, total, step: steps.append((done, total, step)))
    with qtbot.waitSignal(dialog.finished_check, timeout=30000):
        dialog.start()
    return dialog


def lines(dialog: CheckFolderDialog) -> list[str]:
    return [dialog.items.item(i).text() for i in range(dialog.items.count())]


def test_an_intact_folder_is_reported_ok_with_what_was_checked(qtbot, session, folder, claim,
                                                              tmp_path):
    folder.evidence.import_file(claim.id, make_png(tmp_path / "err.png"))
    expected = verify(folder)
    steps = []
    dialog = run_check(qtbot, session, steps)
    assert [s[2] for s in steps] == ["database", "tables", "files", "files", "anchors"]
    assert (1, 1, "files") in steps  # the bar reached the end of the evidence files
    text = dialog.verdict.text()
    assert text.startswith("OK: the claim folder is intact")
    assert (f"Checked: evidence files 1, events {expected.events_checked}, table rows "
            f"{expected.rows_checked}, export anchors 0, and the database.") in text
    assert f"Head of the event log (anchor): {expected.head}" in text
    assert not [line for line in lines(dialog) if not line.startswith("Note: ")]


def test_a_tampered_claim_row_is_said_from_its_facts_with_the_clis_words_kept(
        qtbot, session, folder, claim):
    tamper(folder.path, "UPDATE claims SET incident_at = '2020-01-01T00:00:00+00:00' "
                        f"WHERE id = {claim.id}")
    (cli,) = verify(folder).problems
    dialog = run_check(qtbot, session)
    assert dialog.verdict.text().startswith("FAILED: 1 problem found, listed below.")
    problems = [line for line in lines(dialog) if not line.startswith("Note: ")]
    assert problems == [f"Claim {claim.id}: “incident_at” is not what BonusDesk recorded "
                        f"(event {cli.event_seq}): it was changed outside BonusDesk."]
    assert dialog.items.item(0).toolTip() == \
        f"As 'bonusdesk-cli verify' says it: {cli.message}"
    assert cli.message.startswith(f"claim {claim.id}: incident_at is "
                                  '"2020-01-01T00:00:00+00:00" in the table, ')
    dialog.copy_report()
    copied = QGuiApplication.clipboard().text()
    assert "FAILED: 1 problem found" in copied and problems[0] in copied
    assert f"    verify: {cli.message}" in copied  # what support matches with the CLI


def test_deleted_rows_and_a_missing_file_are_each_listed(qtbot, session, folder, claim,
                                                         tmp_path):
    ev = folder.evidence.import_file(claim.id, make_png(tmp_path / "err.png")).evidence[0]
    stored = folder.evidence.file_path(ev)
    stored.chmod(0o600)
    stored.unlink()
    tamper(folder.path, "DELETE FROM status_changes")
    dialog = run_check(qtbot, session)
    problems = [line for line in lines(dialog) if not line.startswith("Note: ")]
    assert f"Evidence item {ev.id}: its file {ev.path} is missing." in problems
    assert any(line.startswith("Status change ") and line.endswith(
        "but gone from the table: it was deleted outside BonusDesk.") for line in problems)
    assert dialog.verdict.text().startswith(
        f"FAILED: {len(problems)} problems found, listed below.")


def test_the_file_menu_opens_the_check(window, qtbot):
    assert window.commands.safety.act_check in window.file_menu.actions()
    assert window.commands.safety.act_check.isEnabled()
    seen = []

    def handle(dialog):
        # No connection to a closure that holds the dialog: that cycle outlives the test.
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
        seen.append(dialog.verdict.text())
        dialog.accept()

    answer_modal(window.commands.safety.act_check.trigger, handle)
    assert seen and seen[0].startswith("OK: ")


def test_the_check_speaks_french(qtbot, session, folder, claim, french):
    tamper(folder.path, "UPDATE claims SET incident_at = '2020-01-01T00:00:00+00:00' "
                        f"WHERE id = {claim.id}")
    dialog = run_check(qtbot, session)
    assert dialog.windowTitle() == "Vérifier le dossier de réclamation"
    assert dialog.verdict.text().startswith("ÉCHEC\u202f: 1 problème trouvé")
    assert lines(dialog)[0].startswith(f"Réclamation {claim.id}\u202f: «\u202fincident_at")
    # The column's name is the database's own word ("incident_at", not French).
    dialog.items.item(0).setText(lines(dialog)[0].replace("incident_at", "X"))
    assert dialog.items.item(0).toolTip().startswith("Selon «\u202fbonusdesk-cli verify\u202f»")
    dialog.items.item(0).setToolTip("")  # the CLI's words stay English, on purpose
    # The chain head is hex: "…367be2…" would read as the English word "be".
    dialog.verdict.setText(dialog.verdict.text().replace(dialog.report.head, "HEAD"))
    assert untranslated(dialog, str(folder.path)) == []


def test_a_damaged_folder_is_checked_file_by_file(qtbot, folder, claim, tmp_path, english):
    ev = folder.evidence.import_file(claim.id, make_png(tmp_path / "err.png")).evidence[0]
    path = folder.path
    folder.close()
    (path / "bonusdesk.db").write_bytes(b"")
    runner = JobRunner()
    dialog = CheckFolderDialog(None, path=path, jobs=runner)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.finished_check, timeout=30000):
        dialog.start()
    assert dialog.verdict.text().startswith("FAILED: 1 problem found, listed below.")
    found = lines(dialog)
    assert found[0].startswith(f"Database damaged: the claim folder {path} is damaged: its "
                               "database bonusdesk.db is empty (0 bytes)")
    assert found[1:] == [f"Note: {ev.path} is intact (its content matches the SHA-256 in "
                         "its name)."]
    assert (path / "bonusdesk.db").stat().st_size == 0
    runner.wait()


def test_closing_the_dialog_stops_the_check_between_steps(folder):
    class ClosedDialog:  # the job's context once the dialog was closed
        def raise_if_cancelled(self):
            raise JobCancelled()

        def progress(self, *_args):
            raise AssertionError("no progress after cancel")

    with pytest.raises(JobCancelled):
        check_folder(folder.path, ClosedDialog())


