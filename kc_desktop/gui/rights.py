"""Buttons and menu entries of actions the officer's role does not allow: disabled, saying why."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from kc_desktop.gui.context import AppContext
from kc_desktop.gui.i18n import core
from kc_desktop.services import permissions


def refusal(action: permissions.Action | str) -> str:
    return core(permissions.refusal(action))


def gate(widget: QWidget | QAction, ctx: AppContext, action: permissions.Action | str, enabled: bool = True) -> bool:
    """Enable `widget` when `enabled` and the role allows `action`; without the right, the tooltip says why.
    Returns whether the role allows it."""
    allowed = ctx.can(action)
    widget.setEnabled(enabled and allowed)
    if not allowed:
        widget.setToolTip(refusal(action))
    return allowed
