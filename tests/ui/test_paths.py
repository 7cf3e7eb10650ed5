"""The app's default claim folder comes from Qt's documents location."""

from bonusdesk.core.folder import ClaimFolder
from bonusdesk.ui.paths import default_claim_folder


def test_app_default_folder_is_in_qt_documents_location(qapp, monkeypatch, tmp_path):
    monkeypatch.delenv("BONUSDESK_FOLDER", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    cfg = tmp_path / ".config"
    cfg.mkdir()
    (cfg / "user-dirs.dirs").write_text('XDG_DOCUMENTS_DIR="$HOME/Mes documents"\n')
    monkeypatch.setenv("XDG_CONFIG_HOME", str(cfg))
    assert default_claim_folder() == tmp_path / "Mes documents" / "BonusDesk"
    # A claim folder where BonusDesk 0.1 put it stays in use.
    ClaimFolder.create(tmp_path / "Documents" / "BonusDesk").close()
    assert default_claim_folder() == tmp_path / "Documents" / "BonusDesk"
