"""The archive limits XLSForm templates are read under (kc_desktop/forms/xlsform.py imports them from here).

Workbooks themselves are read with calamine (kc_desktop/xlsx/reader.py); the limits live in bounds.py.
"""

from __future__ import annotations

from kc_desktop.xlsx.bounds import MAX_COLUMNS, MAX_RATIO, MAX_ROWS, MAX_UNCOMPRESSED, BookError, check_archive

__all__ = ["MAX_COLUMNS", "MAX_RATIO", "MAX_ROWS", "MAX_UNCOMPRESSED", "BookError", "check_archive"]
