import pytest

from bonusdesk.core import profile
from bonusdesk.core.errors import BadInput
from bonusdesk.core.events import list_events
from bonusdesk.core.folder import ClaimFolder


def test_profile_is_empty_until_set(folder):
    assert profile.load(folder).is_empty


def test_profile_fields_are_saved_logged_and_survive_reopening(folder):
    profile.save(folder, name="Camille Martin", email="camille@example.org",
                 postal_address="12 rue des Lilas\n 75011 Paris ")
    profile.save(folder, email="c.martin@example.org")
    path = folder.path
    folder.close()
    with ClaimFolder.open(path, writable=False) as again:
        p = profile.load(again)
        changes = [e for e in list_events(again.db) if e.entity == "profile"]
    assert p.name == "Camille Martin"
    assert p.email == "c.martin@example.org"
    assert p.postal_address == "12 rue des Lilas\n75011 Paris"
    assert changes[-1].data == {"email": {"old": "camille@example.org",
                                          "new": "c.martin@example.org"}}


def test_saving_the_same_values_writes_no_event(folder):
    profile.save(folder, name="Camille")
    before = len(list_events(folder.db))
    profile.save(folder, name=" Camille ")
    assert len(list_events(folder.db)) == before


@pytest.mark.parametrize("field,value,message", [
    ("email", "not an address", "e-mail"),
    ("name", "two\nlines", "one line"),
    ("phone", "0600", "unknown profile field"),
    ("name", "x" * 2001, "too long"),
])
def test_bad_profile_values_are_refused(folder, field, value, message):
    with pytest.raises(BadInput, match=message):
        profile.save(folder, **{field: value})
    assert profile.load(folder).is_empty
