"""The archive limits XLSForm templates are read under (kc_desktop/forms/xlsform.py imports them from here).

Workbooks themselves are read with calamine (kc_desktop/xlsx/reader.py), where these now live.
"""

from __future__ import annotations

from kc_desktop.xlsx.reader import MAX_COLUMNS, MAX_RATIO, MAX_ROWS, MAX_UNCOMPRESSED, BookError, check_archive

__all__ = ["MAX_COLUMNS", "MAX_RATIO", "MAX_ROWS", "MAX_UNCOMPRESSED", "BookError", "check_archive"]
