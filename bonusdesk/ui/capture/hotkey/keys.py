"""Key sequences for the global capture hotkey: parse a Qt key sequence and map it to
the codes the window systems want (X11 keysym + modifier mask, Windows MOD_* + VK).

Pure functions: they need no display, so the Windows mapping is tested on Linux too.
Errors are ``BadHotkey`` with a message ready for the user (translated).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence

CTRL, SHIFT, ALT, META = "ctrl", "shift", "alt", "meta"

# X11 modifier masks (X.h). Alt is Mod1 and Super/"Meta" is Mod4 on every common keymap.
X_SHIFT, X_LOCK, X_CONTROL, X_MOD1, X_MOD2, X_MOD4 = 1, 2, 4, 8, 16, 64
X_MODIFIERS = {CTRL: X_CONTROL, SHIFT: X_SHIFT, ALT: X_MOD1, META: X_MOD4}
X_RELEVANT_MASK = X_SHIFT | X_CONTROL | X_MOD1 | X_MOD4
# Caps Lock (Lock) and Num Lock (Mod2) change the event's state: grab every combination
# so the hotkey still works with either of them on.
X_IGNORED_VARIANTS = (0, X_LOCK, X_MOD2, X_LOCK | X_MOD2)

# Windows (winuser.h).
MOD_ALT, MOD_CONTROL, MOD_SHIFT, MOD_WIN, MOD_NOREPEAT = 0x1, 0x2, 0x4, 0x8, 0x4000
WIN_MODIFIERS = {CTRL: MOD_CONTROL, SHIFT: MOD_SHIFT, ALT: MOD_ALT, META: MOD_WIN}

K = Qt.Key
# Qt key -> (X11 keysym, Windows virtual-key code), for keys outside A-Z, 0-9 and F1-F24.
_SPECIAL = {
    K.Key_Print: (0xFF61, 0x2C),
    K.Key_Pause: (0xFF13, 0x13),
    K.Key_Space: (0x0020, 0x20),
    K.Key_Escape: (0xFF1B, 0x1B),
    K.Key_Tab: (0xFF09, 0x09),
    K.Key_Backspace: (0xFF08, 0x08),
    K.Key_Return: (0xFF0D, 0x0D),
    K.Key_Insert: (0xFF63, 0x2D),
    K.Key_Delete: (0xFFFF, 0x2E),
    K.Key_Home: (0xFF50, 0x24),
    K.Key_End: (0xFF57, 0x23),
    K.Key_PageUp: (0xFF55, 0x21),
    K.Key_PageDown: (0xFF56, 0x22),
    K.Key_Left: (0xFF51, 0x25),
    K.Key_Up: (0xFF52, 0x26),
    K.Key_Right: (0xFF53, 0x27),
    K.Key_Down: (0xFF54, 0x28),
}
_MODIFIER_KEYS = {K.Key_Control, K.Key_Shift, K.Key_Alt, K.Key_Meta, K.Key_AltGr,
                  K.Key_CapsLock, K.Key_NumLock, K.Key_ScrollLock, K.Key_Super_L,
                  K.Key_Super_R, K.Key_Hyper_L, K.Key_Hyper_R, K.Key_unknown}


class BadHotkey(ValueError):
    """The key sequence cannot be a global hotkey; ``str()`` says why, for the user."""



@dataclass(frozen=True)
class Hotkey:
    """One key plus modifiers, e.g. Ctrl+Shift+S -> ({"ctrl", "shift"}, Key_S)."""

    modifiers: frozenset[str]
    key: Qt.Key

    @property
    def text(self) -> str:
        """The portable spelling ("Ctrl+Shift+S")."""
        mods = Qt.KeyboardModifier.NoModifier
        for name, flag in ((CTRL, Qt.KeyboardModifier.ControlModifier),
                           (SHIFT, Qt.KeyboardModifier.ShiftModifier),
                           (ALT, Qt.KeyboardModifier.AltModifier),
                           (META, Qt.KeyboardModifier.MetaModifier)):
            if name in self.modifiers:
                mods |= flag
        return QKeySequence(self.key | mods).toString(QKeySequence.SequenceFormat.PortableText)


def parse_hotkey(sequence: str) -> Hotkey:
    """Parse a portable key sequence ("Ctrl+Shift+S") into a Hotkey.

    Refused: empty text, several chords ("Ctrl+K, Ctrl+S"), unknown keys, a modifier alone.
    """
    text = (sequence or "").strip()
    if not text:
        raise BadHotkey(QCoreApplication.translate("GlobalHotkey", "No shortcut is set."))
    seq = QKeySequence(text, QKeySequence.SequenceFormat.PortableText)
    if seq.count() != 1:
        if seq.count() == 0:
            raise BadHotkey(QCoreApplication.translate(
                "GlobalHotkey", "“%1” is not a key combination.").replace("%1", text))
        raise BadHotkey(QCoreApplication.translate(
            "GlobalHotkey", "A global shortcut must be a single key combination, "
                            "not a sequence like “%1”.").replace("%1", text))
    combo = seq[0]
    key = combo.key()
    if key in _MODIFIER_KEYS:
        raise BadHotkey(QCoreApplication.translate(
            "GlobalHotkey", "“%1” is not a key combination.").replace("%1", text))
    flags = combo.keyboardModifiers()
    mods = set()
    for name, flag in ((CTRL, Qt.KeyboardModifier.ControlModifier),
                       (SHIFT, Qt.KeyboardModifier.ShiftModifier),
                       (ALT, Qt.KeyboardModifier.AltModifier),
                       (META, Qt.KeyboardModifier.MetaModifier)):
        if flags & flag:
            mods.add(name)
    return Hotkey(frozenset(mods), key)


def _unsupported(hotkey: Hotkey) -> BadHotkey:
    return BadHotkey(QCoreApplication.translate(
        "GlobalHotkey", "The key of “%1” cannot be used as a global shortcut; "
                        "use a letter, a digit or a function key.").replace("%1", hotkey.text))


def x11_keysym(hotkey: Hotkey) -> int:
    """The X11 keysym of the hotkey's key (letters as their lower-case keysym)."""
    key = int(hotkey.key)
    if int(K.Key_A) <= key <= int(K.Key_Z):
        return key + 0x20  # XK_a..XK_z
    if int(K.Key_0) <= key <= int(K.Key_9):
        return key  # XK_0..XK_9
    if int(K.Key_F1) <= key <= int(K.Key_F35):
        return 0xFFBE + key - int(K.Key_F1)  # XK_F1..XK_F35
    if hotkey.key in _SPECIAL:
        return _SPECIAL[hotkey.key][0]
    if 0x20 < key <= 0xFF:
        return key  # other Latin-1 keys: Qt's code is the keysym
    raise _unsupported(hotkey)


def x11_modifiers(hotkey: Hotkey) -> int:
    """The X11 modifier mask (ControlMask, ShiftMask, Mod1Mask, Mod4Mask)."""
    mask = 0
    for name in hotkey.modifiers:
        mask |= X_MODIFIERS[name]
    return mask


def windows_keys(hotkey: Hotkey) -> tuple[int, int]:
    """(fsModifiers, vk) for RegisterHotKey; MOD_NOREPEAT so holding the key fires once."""
    key = int(hotkey.key)
    if int(K.Key_A) <= key <= int(K.Key_Z) or int(K.Key_0) <= key <= int(K.Key_9):
        vk = key  # VK_A..VK_Z and VK_0..VK_9 are the ASCII codes
    elif int(K.Key_F1) <= key <= int(K.Key_F24):
        vk = 0x70 + key - int(K.Key_F1)  # VK_F1..VK_F24
    elif hotkey.key in _SPECIAL:
        vk = _SPECIAL[hotkey.key][1]
    else:
        raise _unsupported(hotkey)
    mods = MOD_NOREPEAT
    for name in hotkey.modifiers:
        mods |= WIN_MODIFIERS[name]
    return mods, vk
