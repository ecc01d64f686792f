"""argparse's usage errors in Vietnamese: the command line speaks one language (issue 11)."""

from __future__ import annotations

import re

_COMMAND_ARGUMENTS = {"command", "action"}
_PATTERNS: list[tuple[re.Pattern[str], str]] = [(re.compile(p), t) for p, t in (
    (r"the following arguments are required: (.+)", "thiếu tham số bắt buộc: {0}"),
    (r"unrecognized arguments: (.+)", "không hiểu các tham số: {0}"),
    (r"argument (\S+): invalid choice: '?([^']*)'? \(choose from (.+)\)",
     "tham số {0}: «{1}» không phải lựa chọn hợp lệ (chọn một trong: {2})"),
    (r"argument (\S+): expected one argument", "tham số {0} cần một giá trị"),
    (r"argument (\S+): expected at least one argument", "tham số {0} cần ít nhất một giá trị"),
    (r"argument (\S+): invalid \w+ value: '?([^']*)'?", "tham số {0}: giá trị «{1}» không hợp lệ"),
    (r"argument (\S+): not allowed with argument (\S+)", "tham số {0} không dùng cùng tham số {1}"),
    (r"argument (\S+): ignored explicit argument '?([^']*)'?", "tham số {0} không nhận giá trị «{1}»"),
    (r"one of the arguments (.+) is required", "cần một trong các tham số: {0}"),
    (r"argument (\S+): (.+)", "tham số {0}: {1}"),
)]


def translate(message: str) -> str:
    """One of argparse's messages, in Vietnamese (a message it does not know stays as it is)."""
    for pattern, template in _PATTERNS:
        match = pattern.fullmatch(message.strip())
        if match is None:
            continue
        groups = list(match.groups())
        if groups and groups[0] in _COMMAND_ARGUMENTS and "lựa chọn" in template:
            return f"không có lệnh «{groups[1]}» (các lệnh: {groups[2]})"
        if groups and "/" in groups[0]:
            groups[0] = groups[0].split("/")[-1]  # "-o/--output" → "--output"
        return template.format(*groups)
    return message
