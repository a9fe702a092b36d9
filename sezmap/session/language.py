"""The UI language as one evented setting, without Qt.

The window owns one :class:`LanguageSetting`; whoever shows text in the language (the window's
translators and map, every panel) listens to ``changed`` and reads ``value`` - nobody keeps a
copy. Setting the language it already has sends nothing.
"""

from __future__ import annotations

from sezmap.session.events import Signal

LANGUAGES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}  # code -> its own name


class LanguageSetting:
    def __init__(self, value: str = "en") -> None:
        self.value = value if value in LANGUAGES else "en"
        self.changed = Signal()  # (language)

    def set(self, value: str) -> bool:
        """Make ``value`` the language; False (and no event) if it already is, ValueError if
        sezmap has no such language."""
        if value not in LANGUAGES:
            raise ValueError(f"not a language of sezmap: {value!r} (one of {', '.join(LANGUAGES)})")
        if value == self.value:
            return False
        self.value = value
        self.changed.emit(value)
        return True
