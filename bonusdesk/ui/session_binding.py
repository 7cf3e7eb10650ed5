"""What a write through the session checks first: that the folder it was meant for is
still the open one (ui/session.py re-exports both names)."""

from __future__ import annotations

from bonusdesk.core.errors import FolderError


class FolderClosed(FolderError):
    """The claim folder this change was meant for is closed (another one was opened)."""

    def __init__(self):
        super().__init__("the claim folder was closed: nothing was changed")


class Binding:
    """A dialog's hold on the folder it was opened on (see :meth:`Session.bind`). It does
    not hold the dialog: a dialog kept alive by a reference cycle could be freed by
    Python's garbage collector on a worker thread, which Qt does not survive."""

    def __init__(self, session):  # a Session (not imported: it imports this)
        self.session, self.folder = session, session.folder

    @property
    def valid(self) -> bool:
        return self.folder is not None and self.session.folder is self.folder

    def check(self) -> None:
        """Raise FolderClosed when the dialog's folder is no longer the open one."""
        if not self.valid:
            raise FolderClosed()
