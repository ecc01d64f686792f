"""The signature pad: strokes from mouse moves, a tight transparent PNG at 2×, and its dialog."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from acceptance_helpers import draw_signature, ink_pixels
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QImage, QPointingDevice, QTabletEvent

from kc_desktop.gui.widgets.signature_pad import EXPORT_MARGIN, EXPORT_SCALE, SignatureDialog, SignaturePad


@pytest.mark.gui
def test_mouse_strokes_export_cropped_on_transparent_ground(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(600, 240)
    pad.show()
    assert pad.is_empty()
    with qtbot.waitSignals([pad.changed, pad.changed]):
        draw_signature(qtbot, pad)
    assert not pad.is_empty() and pad.stroke_count() == 2

    path = pad.to_png(tmp_path / "ky.png")
    image = QImage(str(path))
    ink = pad.ink_rect()
    assert image.hasAlphaChannel()
    assert abs(image.width() - (ink.width() + 2 * EXPORT_MARGIN) * EXPORT_SCALE) <= 2
    assert abs(image.height() - (ink.height() + 2 * EXPORT_MARGIN) * EXPORT_SCALE) <= 2
    assert image.width() < pad.width() * EXPORT_SCALE  # cropped to the ink, not the whole pad
    opaque, clear = ink_pixels(image)
    assert opaque > 50 and clear > opaque  # ink on a transparent ground
    assert image.pixelColor(0, 0).alpha() == 0 and image.pixelColor(image.width() - 1, image.height() - 1).alpha() == 0

    pad.clear()
    assert pad.is_empty() and pad.to_image().isNull()
    with pytest.raises(ValueError):
        pad.to_png(tmp_path / "trong.png")


@pytest.mark.gui
def test_pen_pressure_sets_the_width(qtbot) -> None:  # noqa: ANN001
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(600, 240)
    pad.show()
    device = QPointingDevice.primaryPointingDevice()

    def pen(kind: QEvent.Type, x: float, pressure: float) -> None:
        event = QTabletEvent(kind, device, QPointF(x, 120), QPointF(x, 120), pressure, 0, 0, 0, 0, 0,
                             Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton)
        pad.tabletEvent(event)

    pen(QEvent.Type.TabletPress, 50, 0.1)
    for step in range(1, 20):
        pen(QEvent.Type.TabletMove, 50 + step * 10, 0.1 if step < 10 else 1.0)
    pen(QEvent.Type.TabletRelease, 250, 1.0)
    points = pad._strokes[0].points
    assert points[-1].width > 2 * points[1].width


@pytest.mark.gui
def test_dialog_saves_a_png_or_marks_signed_on_paper(qtbot) -> None:  # noqa: ANN001
    dialog = SignatureDialog("Lê Thu Trang", "Thư ký", unit="Trung tâm Khuyến công Hà Nội")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.who.text() == "Lê Thu Trang" and "Thư ký" in dialog.role.text()
    assert not dialog.save_button.isEnabled() and not dialog.clear_button.isEnabled()
    draw_signature(qtbot, dialog.pad)
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert dialog.pad.is_empty() and not dialog.save_button.isEnabled()
    draw_signature(qtbot, dialog.pad)
    with qtbot.waitSignal(dialog.signed) as signal:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = signal.args[0]
    assert saved.exists() and saved.suffix == ".png" and not dialog.isVisible()
    shutil.rmtree(saved.parent)

    paper = SignatureDialog("Phạm Thị Hương", "Đại diện cơ sở thụ hưởng")
    qtbot.addWidget(paper)
    paper.show()
    with qtbot.waitSignal(paper.signed_on_paper):
        qtbot.mouseClick(paper.paper_button, Qt.MouseButton.LeftButton)
    assert paper.image_path is None
