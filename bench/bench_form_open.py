"""Opening a 150-question form (FormFiller, and the whole record editor) against bare QLabel+QLineEdit pairs."""
from __future__ import annotations

import datetime as dt
import shutil
import statistics
import time
from collections.abc import Callable

from bench.common import report, scratch

QUESTIONS = 150
PER_GROUP = 10


def definition() -> object:
    """15 groups of 10: text, numbers with constraints, dates, radios, drop-downs, check boxes, photos, relevant."""
    from kc_desktop.forms.definition import ChoiceOption, FormDefinition, Question

    questions: list[Question] = []
    for group in range(QUESTIONS // PER_GROUP):
        g = f"g{group}"
        questions.append(Question(g, "begin_group", f"Nhóm {group + 1}. Tiêu chí kiểm tra số {group + 1}"))
        questions += [
            Question(f"{g}_ten", "text", "Tên máy móc, thiết bị đề nghị hỗ trợ", required="yes",
                     hint="Ghi đúng như trong báo giá."),
            Question(f"{g}_so", "integer", "Số lượng (chiếc, bộ)", constraint=". >= 1",
                     constraint_message="Số lượng phải từ 1 trở lên."),
            Question(f"{g}_tien", "decimal", "Kinh phí (triệu đồng)", constraint=". > 0"),
            Question(f"{g}_ngay", "date", "Ngày kiểm tra"),
            Question(f"{g}_dat", "select_one", "Kết quả", list_name="ket_qua", required="yes"),
            Question(f"{g}_ghi_chu", "text", "Ghi chú khi không đạt", relevant=f"${{{g}_dat}} = 'khong_dat'",
                     required="yes"),
            Question(f"{g}_nganh", "select_one", "Nhóm ngành nghề", list_name="nganh"),
            Question(f"{g}_uu_tien", "select_multiple", "Đối tượng ưu tiên", list_name="uu_tien"),
            Question(f"{g}_mo_ta", "text", "Mô tả hiện trạng", appearance="multiline"),
            Question(f"{g}_anh", "image", "Ảnh hiện trường"),
        ]
        questions.append(Question("", "end_group", ""))
    choices = {
        "ket_qua": (ChoiceOption("dat", "Đạt"), ChoiceOption("khong_dat", "Không đạt"),
                    ChoiceOption("khong_ap_dung", "Không áp dụng")),
        "nganh": tuple(ChoiceOption(f"n{i}", f"Nhóm ngành thứ {i}") for i in range(1, 9)),
        "uu_tien": (ChoiceOption("nu", "Chủ cơ sở là nữ"), ChoiceOption("dan_toc", "Người dân tộc thiểu số"),
                    ChoiceOption("lang_nghe", "Trong làng nghề"), ChoiceOption("khong", "Không")),
    }
    return FormDefinition("bench_150", "1", "Phiếu kiểm tra 150 câu", tuple(questions), choices)


def answers(form: object) -> dict[str, object]:
    result: dict[str, object] = {}
    for q in form.fields():  # type: ignore[attr-defined]
        result[q.name] = {"text": "Máy nhào đất chân không", "integer": 2, "decimal": 120.5,
                          "date": "2026-03-05", "select_one": "khong_dat" if q.list_name == "ket_qua" else "n3",
                          "select_multiple": ["nu", "lang_nghe"], "image": []}[q.type]
    return result


def _median(open_: Callable[[], object], close: Callable[[object], None], repeat: int = 9) -> float:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    times = []
    for n in range(repeat + 1):
        start = time.perf_counter()
        widget = open_()
        app.processEvents()  # type: ignore[union-attr]
        elapsed = time.perf_counter() - start
        close(widget)
        app.processEvents()  # type: ignore[union-attr]
        if n:  # the first run warms caches (fonts, styles)
            times.append(elapsed)
    return statistics.median(times) * 1000


def _close(widget: object) -> None:
    widget.close()  # type: ignore[attr-defined]
    widget.deleteLater()  # type: ignore[attr-defined]


def run() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget

    from kc_desktop.gui.forms.form_filler import FormFiller

    app = QApplication.instance() or QApplication([])  # noqa: F841 - kept alive for the run
    form = definition()
    filled = answers(form)

    def filler() -> object:
        widget = FormFiller(form)  # type: ignore[arg-type]
        widget.set_answers(filled)
        widget.resize(900, 700)
        widget.show()
        return widget

    def bare() -> object:
        area = QScrollArea()
        body = QWidget()
        layout = QVBoxLayout(body)
        for number in range(QUESTIONS):
            layout.addWidget(QLabel(f"Câu hỏi số {number + 1}"))
            edit = QLineEdit()
            edit.setText("Máy nhào đất chân không")
            layout.addWidget(edit)
        area.setWidget(body)
        area.setWidgetResizable(True)
        area.resize(900, 700)
        area.show()
        return area

    baseline = _median(bare, _close)
    report("form_open_150", _median(filler, _close), "ms", baseline, "ms")
    _record_editor(form, filled, baseline)


def _record_editor(form: object, filled: dict[str, object], baseline: float) -> None:
    """The whole editor of a survey with that form: header, participants, photos, actions, errors list."""
    from kc_desktop.db.engine import open_database
    from kc_desktop.domain.establishment import EstablishmentInput
    from kc_desktop.forms.xlsform import write_xlsform
    from kc_desktop.gui.context import AppContext
    from kc_desktop.gui.forms.record_editor import RecordEditor
    from kc_desktop.services import establishments, field_records, setup, templates

    folder = scratch("form_open")
    db = open_database(folder / "kc.sqlite")
    try:
        actor = setup.initialize(db, setup.SiteIdentity("BT01", "UBND xã Bát Tràng", "commune", "00583",
                                                        "Nguyễn Văn An"))
        path = folder / "bench_150.xlsx"
        write_xlsform(form, path)  # type: ignore[arg-type]
        template_id = templates.import_template(db, actor, path, "inspection")
        templates.publish(db, actor, template_id)
        establishment = establishments.create(db, actor, EstablishmentInput(name="Cơ sở gốm Minh Long",
                                                                            admin_unit_code="00583"))
        record = field_records.start(db, actor, "inspection", template_id, None, establishment, dt.date.today())
        field_records.save_draft(db, actor, record, {"answers": filled, "place": "Tại xưởng"})
        ctx = AppContext.load(db)
        assert ctx is not None

        def editor() -> object:
            widget = RecordEditor(ctx, record)
            widget.show()
            return widget

        report("record_editor_open_150", _median(editor, _close), "ms", baseline, "ms")
    finally:
        db.close()
        shutil.rmtree(folder, ignore_errors=True)
