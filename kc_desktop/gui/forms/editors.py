"""Every kind of minutes editor, registered: import open_editor from here to open any record's window."""
from __future__ import annotations

from kc_desktop.gui.forms import acceptance_editor, record_editor
from kc_desktop.gui.forms.minutes_editor import MinutesEditor, close_all, open_editor, open_editors, save_all

EDITORS = (acceptance_editor.AcceptanceEditor, record_editor.RecordEditor)  # each registers its kinds

__all__ = ["EDITORS", "MinutesEditor", "close_all", "open_editor", "open_editors", "save_all"]
