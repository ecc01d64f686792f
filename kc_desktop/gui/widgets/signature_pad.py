"""Signatures on the spot: a pad drawn on with a mouse, a pen or a finger, and the dialog around it."""
from __future__ import annotations

import math
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.gui.screen_fit import FitsScreen
from kc_desktop.gui.widgets.notices import MUTED_COLOR, heading

INK = QColor(12, 32, 110)  # blue-black, like the ballpoint pens officers sign with
BASE_WIDTH = 3.0  # ink width in widget pixels at normal pressure and speed
EXPORT_SCALE = 2.0
# A pad-wide signature prints ~5 times smaller (3.5 cm in the minutes): the exported ink is bolder so
# it prints like a ballpoint line (~0.3 mm), not a hairline.
EXPORT_WEIGHT = 1.8
EXPORT_MARGIN = 12.0  # widget pixels kept around the ink in the exported image


@dataclass
class _Point:
    x: float
    y: float
    width: float


@dataclass
class _Stroke:
    points: list[_Point] = field(default_factory=list)


def _mid(a: _Point, b: _Point) -> QPointF:
    return QPointF((a.x + b.x) / 2, (a.y + b.y) / 2)


class SignaturePad(QWidget):
    """A white area to sign on. Strokes are smoothed (quadratic curves through the midpoints);
    a pen's pressure, or the speed of a mouse or finger, sets the width of the ink."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SignaturePad")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(420, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._strokes: list[_Stroke] = []
        self._current: _Stroke | None = None
        self._last_time = 0.0
        self._read_only = False
        self.setToolTip(self.tr("Ký bằng chuột, bút cảm ứng hoặc ngón tay"))

    def sizeHint(self) -> QSize:
        return QSize(620, 240)

    # -- public ----------------------------------------------------------------------------------
    def clear(self) -> None:
        self._strokes.clear()
        self._current = None
        self.update()
        self.changed.emit()

    def is_empty(self) -> bool:
        return not any(s.points for s in self._strokes)

    def stroke_count(self) -> int:
        return sum(1 for s in self._strokes if s.points)

    def set_read_only(self, on: bool) -> None:
        self._read_only = on
        self.setCursor(Qt.CursorShape.ArrowCursor if on else Qt.CursorShape.CrossCursor)

    def ink_rect(self) -> QRectF:
        """The area the ink covers, in widget pixels (empty when nothing is drawn)."""
        points = [p for s in self._strokes for p in s.points]
        if not points:
            return QRectF()
        reach = EXPORT_WEIGHT
        left = min(p.x - p.width * reach for p in points)
        top = min(p.y - p.width * reach for p in points)
        right = max(p.x + p.width * reach for p in points)
        bottom = max(p.y + p.width * reach for p in points)
        return QRectF(left, top, max(right - left, 1.0), max(bottom - top, 1.0))

    def to_image(self, scale: float = EXPORT_SCALE, margin: float = EXPORT_MARGIN) -> QImage:
        """The ink alone, cropped to what was drawn plus a margin, on a transparent ground."""
        if self.is_empty():
            return QImage()
        area = self.ink_rect().adjusted(-margin, -margin, margin, margin)
        image = QImage(
            max(1, math.ceil(area.width() * scale)),
            max(1, math.ceil(area.height() * scale)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        painter.translate(-area.left(), -area.top())
        self._paint_strokes(painter, EXPORT_WEIGHT)
        painter.end()
        return image

    def to_png(self, path: Path | str) -> Path:
        """Write the signature as a PNG at twice the pad's resolution; raises ValueError when blank."""
        image = self.to_image()
        if image.isNull():
            raise ValueError("the pad is empty")
        target = Path(path)
        argb = image.convertToFormat(QImage.Format.Format_ARGB32)
        if not argb.save(str(target), "PNG"):  # type: ignore[call-overload]  # the stubs say bytes; Qt takes str
            raise OSError(f"cannot write {target}")
        return target

    # -- drawing ---------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        painter.fillRect(rect, QColor("white"))
        painter.setPen(QPen(QColor("#c9ced6"), 1))
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        baseline = rect.height() * 0.72
        painter.setPen(QPen(QColor("#9aa3ad"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(24, baseline), QPointF(rect.width() - 24, baseline))
        if self.is_empty():
            painter.setPen(QColor("#9aa3ad"))
            font = painter.font()
            font.setPointSizeF(font.pointSizeF() * 1.6)
            font.setItalic(True)
            painter.setFont(font)
            hint = QRectF(24, 0, rect.width() - 48, baseline - 6)
            painter.drawText(hint, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                             self.tr("Ký tại đây"))
        self._paint_strokes(painter)
        painter.end()

    def _paint_strokes(self, painter: QPainter, weight: float = 1.0) -> None:
        pen = QPen(INK)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        for stroke in self._strokes:
            points = stroke.points
            if not points:
                continue
            if len(points) == 1:
                dot = points[0]
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(INK)
                radius = dot.width * weight / 2 + 0.4
                painter.drawEllipse(QPointF(dot.x, dot.y), radius, radius)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                continue
            # Each piece runs between the midpoints around a point, curving through the point itself:
            # the line looks like ink, not a polygon, and the pieces meet with the same tangent.
            start = QPointF(points[0].x, points[0].y)
            for index in range(1, len(points)):
                here = points[index]
                end = _mid(points[index], points[index + 1]) if index + 1 < len(points) else QPointF(here.x, here.y)
                pen.setWidthF((points[index - 1].width + here.width) / 2 * weight)
                painter.setPen(pen)
                control = QPointF(here.x, here.y)
                self._quad(painter, start, control, end)
                start = end

    @staticmethod
    def _quad(painter: QPainter, start: QPointF, control: QPointF, end: QPointF) -> None:
        path = QPainterPath(start)
        path.quadTo(control, end)
        painter.drawPath(path)

    # -- input -----------------------------------------------------------------------------------
    def _begin(self, position: QPointF, width: float) -> None:
        if self._read_only:
            return
        self._current = _Stroke([_Point(position.x(), position.y(), width)])
        self._strokes.append(self._current)
        self._last_time = time.monotonic()
        self.update()

    def _extend(self, position: QPointF, width: float | None) -> None:
        stroke = self._current
        if stroke is None:
            return
        last = stroke.points[-1]
        distance = math.hypot(position.x() - last.x, position.y() - last.y)
        if distance < 0.8:
            return
        now = time.monotonic()
        if width is None:  # mouse or finger: faster strokes leave thinner ink, as a pen does
            elapsed = max(now - self._last_time, 1e-3)
            speed = distance / elapsed  # px/s
            target = BASE_WIDTH * max(0.55, min(1.25, 1.25 - speed / 3000))
            width = last.width * 0.7 + target * 0.3
        self._last_time = now
        stroke.points.append(_Point(position.x(), position.y(), width))
        pad = max(width, last.width) * 2 + 4
        left, right = sorted((last.x, position.x()))
        top, bottom = sorted((last.y, position.y()))
        self.update(QRectF(left - pad, top - pad, right - left + 2 * pad, bottom - top + 2 * pad).toAlignedRect())

    def _finish(self) -> None:
        if self._current is not None:
            self._current = None
            self.update()
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), BASE_WIDTH)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._current is not None:
            self._extend(event.position(), None)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._current is not None:
            self._extend(event.position(), None)
            self._finish()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Accepted, so Qt does not also send the mouse events it would make from the pen.
        width = BASE_WIDTH * (0.35 + 1.3 * max(0.0, min(1.0, event.pressure())))
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position(), width)
        elif kind == QEvent.Type.TabletMove and self._current is not None:
            self._extend(event.position(), width)
        elif kind == QEvent.Type.TabletRelease:
            self._finish()
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                    QEvent.Type.TouchCancel):
            assert isinstance(event, QTouchEvent)
            points = event.points()
            if kind == QEvent.Type.TouchBegin and points:
                self._begin(points[0].position(), BASE_WIDTH)
            elif kind == QEvent.Type.TouchUpdate and points:
                self._extend(points[0].position(), None)
            else:
                self._finish()
            event.accept()
            return True
        return super().event(event)


class SignatureDialog(FitsScreen, QDialog):
    """Sign for one council member: draw on the pad and save, or say they signed the paper copy.

    `signed(path)` gives a PNG written in a temporary folder (the caller stores it and may delete
    it); `signed_on_paper()` says the member signs the printed minutes by hand.
    """

    signed = Signal(Path)
    signed_on_paper = Signal()

    def __init__(self, name: str, role: str, parent: QWidget | None = None, unit: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("SignatureDialog")
        self.setWindowTitle(self.tr("Chữ ký — {name}").format(name=name or self.tr("(chưa có tên)")))
        self.setModal(True)
        self.image_path: Path | None = None
        self.who = heading(name or self.tr("(chưa có tên)"), self, 1.3)
        self.who.setObjectName("who")
        details = " · ".join(part for part in (role, unit) if part)
        self.role = QLabel(details, self)
        self.role.setObjectName("role")
        self.role.setStyleSheet(f"color: {MUTED_COLOR};")
        self.pad = SignaturePad(self)
        self.hint = QLabel(self.tr("Ký trong khung trắng bằng chuột, bút hoặc ngón tay. Chữ ký được lưu cùng "
                                   "biên bản và in vào chỗ ký của người này."), self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {MUTED_COLOR};")
        self.clear_button = QPushButton(self.tr("&Xóa"), self)
        self.clear_button.setObjectName("clear")
        self.clear_button.setToolTip(self.tr("Xóa nét đã ký để ký lại"))
        self.paper_button = QPushButton(self.tr("Đã ký trên &giấy"), self)
        self.paper_button.setObjectName("paper")
        self.paper_button.setToolTip(self.tr("Người này ký tay trên bản in; biên bản để trống chỗ ký cho nét mực."))
        self.save_button = QPushButton(self.tr("&Lưu chữ ký"), self)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("&Hủy"), self)
        self.cancel_button.setObjectName("cancel")
        for button in (self.clear_button, self.paper_button, self.cancel_button):
            button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.pad.clear)
        self.paper_button.clicked.connect(self._on_paper)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.pad.changed.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.paper_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.who)
        layout.addWidget(self.role)
        layout.addWidget(self.pad, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.resize(680, 400)
        self._update_buttons()

    def _update_buttons(self) -> None:
        empty = self.pad.is_empty()
        self.save_button.setEnabled(not empty)
        self.clear_button.setEnabled(not empty)

    def save(self) -> Path | None:
        if self.pad.is_empty():
            return None
        folder = Path(tempfile.mkdtemp(prefix="kc-chu-ky-"))
        self.image_path = self.pad.to_png(folder / "chu-ky.png")
        self.signed.emit(self.image_path)
        self.accept()
        return self.image_path

    def _on_paper(self) -> None:
        self.signed_on_paper.emit()
        self.accept()
