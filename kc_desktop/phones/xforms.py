"""Published templates as XForms for ODK Collect, converted by pyxform (the reference implementation).

A template is stored as KC's form definition; it is written back to an XLSForm workbook (which
pyxform accepts, as it accepted the imported one), with the installation's RSA public key in its
settings, and converted. The XForm's version is the template's version; photo questions ask the
phone for photos no larger than those kept here (max-pixels). The files shipped with the form
(forms/form_files.py) are its media files, with external choices as itemsets.csv.
"""

from __future__ import annotations

import dataclasses
import hashlib
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from kc_desktop.db.engine import Database
from kc_desktop.errors import KCError
from kc_desktop.forms.definition import Question
from kc_desktop.services import attachments, templates
from kc_desktop.services.templates import TemplateStatus

ITEMSETS = "itemsets.csv"


@dataclass(frozen=True)
class ServedForm:
    """One published template as phones download it."""

    template_id: str
    form_id: str
    version: str
    title: str
    kind: str
    xml: bytes
    media: dict[str, bytes]

    @property
    def md5(self) -> str:
        return hashlib.md5(self.xml).hexdigest()  # noqa: S324 - OpenRosa's form hash


_cache: dict[tuple[str, str], ServedForm] = {}
_lock = threading.Lock()


def _sized(question: Question) -> Question:
    """A photo question asks Collect to scale photos down on the phone to the size this program keeps
    (XLSForm's max-pixels): less to send over the hotspot, less for the laptop to shrink."""
    if question.type != "image" or "max-pixels" in question.parameters:
        return question
    parameters = f"{question.parameters} max-pixels={attachments.LONG_SIDE}".strip()
    return dataclasses.replace(question, parameters=parameters)


def convert(db: Database, template_id: str, public_key: str | None) -> ServedForm:
    """The XForm of a template (encrypted to `public_key`, base64 DER, when given)."""
    key = (template_id, public_key or "")
    with _lock:
        cached = _cache.get(key)
    if cached is not None:
        return cached
    from pyxform.errors import PyXFormError
    from pyxform.xls2xform import convert as pyxform_convert

    from kc_desktop.forms.xlsform import write_xlsform

    row = next((t for t in templates.list_templates(db) if t.id == template_id), None)
    if row is None:
        raise KCError(f"Không tìm thấy mẫu phiếu {template_id}.")
    definition = templates.definition(db, template_id)
    settings = tuple(pair for pair in definition.settings if pair[0] not in ("public_key", "submission_url"))
    if public_key:
        settings += (("public_key", public_key),)
    definition = dataclasses.replace(definition, version=row.template_version, settings=settings,
                                     questions=tuple(_sized(q) for q in definition.questions))
    with tempfile.TemporaryDirectory(prefix="kc-xform-") as folder:
        path = Path(folder) / f"{definition.form_id}.xlsx"
        write_xlsform(definition, path)
        try:
            result = pyxform_convert(xlsform=str(path), warnings=[], validate=False, pretty_print=False)
        except PyXFormError as exc:
            raise KCError(f"Mẫu phiếu {row.code} phiên bản {row.template_version} không chuyển được sang XForm: "
                          f"{exc}") from exc
    # The files shipped with the form (lists of select_one_from_file, pulldata() tables, images), then the
    # external choices pyxform makes into itemsets.csv.
    media = {item.name: item.data for item in definition.files}
    if result.itemsets is not None:
        media[ITEMSETS] = result.itemsets.encode("utf-8")
    served = ServedForm(template_id, definition.form_id, row.template_version, row.title, row.kind,
                        result.xform.encode("utf-8"), media)
    with _lock:
        _cache[key] = served
    return served


def published_forms(db: Database, public_key: str | None) -> list[ServedForm]:
    """Every published template, as XForms (the forms phones may fill)."""
    return [convert(db, t.id, public_key) for t in templates.list_templates(db, include_retired=False)
            if t.status == TemplateStatus.PUBLISHED]
