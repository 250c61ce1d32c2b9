"""Reading inputs and writing outputs safely.

Outputs are written atomically: to a temporary file in the same folder, then renamed over the
target, so an interrupted run leaves the previous output intact. Text inputs are read as UTF-8
with a clear error for a missing, binary or otherwise encoded file.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from homsmap.errors import InputError, OutputError, TextInputError

__all__ = ["atomic_write_bytes", "atomic_write_text", "load_yaml_with_lines", "read_text_document"]

MAX_TEXT_BYTES = 64 * 1024 * 1024


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file and a rename; return the path."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise OutputError(f"cannot write here: {exc.strerror or exc}", source=str(target),
                          hint="choose a folder you can write to") from exc
    try:
        os.fchmod(fd, 0o644)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"cannot write: {exc.strerror or exc}", source=str(target),
                          hint="check free disk space and permissions") from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def atomic_write_text(path: str | os.PathLike[str], text: str) -> Path:
    """Write UTF-8 ``text`` with ``\\n`` line endings atomically; return the path."""
    return atomic_write_bytes(path, text.encode("utf-8"))


def read_text_document(path: str | os.PathLike[str], *, max_bytes: int = MAX_TEXT_BYTES) -> str:
    """The text of a UTF-8 document (a BOM is dropped, CRLF becomes LF).

    Raises :class:`TextInputError` naming the file for a missing file, a folder, a file over
    ``max_bytes``, a binary file or a file in another encoding.
    """
    source = str(path)
    p = Path(path)
    if not p.exists():
        raise TextInputError("no such file", source=source, hint="check the path")
    if p.is_dir():
        raise TextInputError("is a folder, not a text file", source=source, hint="name a .txt file")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise TextInputError(f"file is {size / 1e6:.0f} MB, more than the {max_bytes / 1e6:.0f} MB limit",
                                 source=source, hint="split the document into smaller files")
        data = p.read_bytes()
    except OSError as exc:
        raise TextInputError(f"cannot read: {exc.strerror or exc}", source=source,
                             hint="check the file's permissions") from exc
    if b"\x00" in data[:65536]:
        raise TextInputError("binary file, not text", source=source, hint="give a plain UTF-8 text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise TextInputError(f"not UTF-8 text (byte 0x{data[exc.start]:02x})", source=source, line=line,
                             hint="convert it to UTF-8, e.g. iconv -f WINDOWS-1256 -t UTF-8") from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load_yaml_with_lines(text: str, *, source: str, key_lines: bool = False) -> object:
    """Parse YAML; every mapping gets a ``__line__`` key with its 1-based line in ``source``.

    With ``key_lines`` every mapping also gets ``__keylines__``, the line of each of its keys.
    Dates stay text (``2024-02-30`` must become an error with a line, not a crash), and a
    syntax error becomes an :class:`InputError` naming the file and line.

    >>> load_yaml_with_lines("- a: 1\\n- a: 2024-02-30\\n", source="x.yaml")
    [{'a': 1, '__line__': 1}, {'a': '2024-02-30', '__line__': 2}]
    """
    import yaml

    class _LineLoader(yaml.SafeLoader):
        pass

    def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[object, object]:
        loader.flatten_mapping(node)
        mapping: dict[object, object] = {}
        lines: dict[object, int] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if key in mapping:
                raise InputError(f"duplicate key {key!r}", source=source, line=key_node.start_mark.line + 1,
                                 hint="keep one of the two")
            mapping[key] = loader.construct_object(value_node, deep=True)
            lines[key] = key_node.start_mark.line + 1
        mapping["__line__"] = node.start_mark.line + 1
        if key_lines:
            mapping["__keylines__"] = lines
        return mapping

    _LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
    _LineLoader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str)  # type: ignore[type-var]
    try:
        return yaml.load(text, Loader=_LineLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise InputError(f"YAML syntax error: {exc.problem or exc}", source=source, line=line,
                         hint="fix the indentation or quoting on that line") from exc
    except yaml.YAMLError as exc:
        raise InputError(f"YAML error: {exc}", source=source, hint="check the file is valid YAML") from exc
