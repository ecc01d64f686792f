"""The laptop's form server for ODK Collect: the OpenRosa endpoints Collect uses, on the local network.

Built on Werkzeug (Pallets' maintained WSGI toolkit: its HTTP server, routing and streaming
multipart parser, with size limits), not on a parser of our own. Every address holds a phone's token,
as ODK Central's app users do:

    /key/TOKEN/formList                       OpenRosa form list (every published template)
    /key/TOKEN/forms/ID.xml                   the XForm
    /key/TOKEN/forms/ID/manifest              its media manifest
    /key/TOKEN/forms/ID/attachments/NAME      a media file (lists of choices, images, itemsets.csv)
    /key/TOKEN/submission                     HEAD (204), POST multipart (201; 409 on a conflict)

An unknown token is answered 401, a revoked one 403. The server binds to one local address only (the
laptop's address on the hotspot, or the loopback); a public or "every interface" address is refused.
"""

from __future__ import annotations

import html
import ipaddress
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.errors import KCError
from kc_desktop.phones import intake, registry, xforms

if TYPE_CHECKING:
    from werkzeug.exceptions import HTTPException
    from werkzeug.wrappers import Request, Response

DEFAULT_PORT = 8480
ACCEPT_CONTENT_LENGTH = 10 * 1024 * 1024  # Collect splits larger submissions into parts
MAX_REQUEST_BYTES = 110 * 1024 * 1024  # one part: the XML and at least one (large) file
CONNECTED_SECONDS = 300  # a phone that asked within five minutes counts as connected
_OPENROSA = {"X-OpenRosa-Version": "1.0"}
log = logging.getLogger(__name__)
_XML = "text/xml; charset=utf-8"
_MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "xml": _XML, "geojson": "application/geo+json",
                "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif",
                "mp3": "audio/mpeg", "wav": "audio/wav", "ogg": "audio/ogg", "m4a": "audio/mp4",
                "mp4": "video/mp4", "3gp": "video/3gpp"}


def lan_address() -> str:
    """This machine's address on the local network (the one a route to a private address goes out by),
    or the loopback when there is no network. No packet is sent."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.168.255.255", 9))
            address = str(probe.getsockname()[0])
        except OSError:
            return "127.0.0.1"
    return address if _is_local(address) else "127.0.0.1"


def _is_local(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return not ip.is_unspecified and (ip.is_private or ip.is_loopback or ip.is_link_local)


def check_host(host: str | None) -> str:
    """The address to listen on: the given one if it is local, else the machine's LAN address."""
    if not host:
        return lan_address()
    if host == "localhost":
        return "127.0.0.1"
    try:
        ip = ipaddress.ip_address(host)
    except ValueError as exc:
        raise KCError(f"Địa chỉ «{host}» không hợp lệ; hãy ghi địa chỉ IP của máy trong mạng nội bộ.") from exc
    if ip.is_unspecified:
        raise KCError(f"Không mở máy chủ trên mọi mạng ({host}); hãy ghi địa chỉ của máy trong mạng nội bộ.")
    if not _is_local(host):
        raise KCError(f"Địa chỉ {host} là địa chỉ công cộng; máy chủ điện thoại chỉ mở trong mạng nội bộ.")
    return str(ip)


def base_url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


def phone_url(host: str, port: int, token: str) -> str:
    """The server address a phone is set up with (its token included)."""
    return f"{base_url(host, port)}/key/{token}"


def _openrosa_message(text: str, nature: str = "") -> str:
    nature_attr = f' nature="{nature}"' if nature else ""
    text = "".join(c for c in text if c.isprintable() or c in "\n\t")  # XML 1.0 has no control characters
    return ('<OpenRosaResponse xmlns="http://openrosa.org/http/response">'
            f"<message{nature_attr}>{html.escape(text)}</message></OpenRosaResponse>")


def _said(exc: HTTPException) -> str:
    """What a refused request is told, in Vietnamese: Werkzeug's own descriptions are English."""
    if exc.code == 413:
        return (f"Bài gửi quá lớn (quá {MAX_REQUEST_BYTES // (1024 * 1024)} MB trong một lần gửi); hãy gửi ít ảnh "
                "hơn mỗi lần hoặc chụp ảnh cỡ nhỏ hơn.")
    if exc.description and exc.description != type(exc).description:
        return exc.description  # ours, already in Vietnamese
    if exc.code == 400:
        return "Yêu cầu không hợp lệ hoặc bị ngắt giữa chừng; bài gửi chưa được lưu, hãy gửi lại."
    return f"Yêu cầu không được chấp nhận (mã {exc.code})."


class FormServer:
    """The OpenRosa application and, once started, its server thread."""

    def __init__(self, db: Database, actor: Actor, host: str | None = None, port: int = DEFAULT_PORT,
                 on_change: Callable[[], None] | None = None) -> None:
        self.db, self.actor = db, actor
        self.host = check_host(host)
        self.port = port
        self.on_change = on_change
        self._seen: dict[int, float] = {}
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self._public_key: str | None = None

    # ---- running -----------------------------------------------------------------------------

    def start(self) -> str:
        """Listen (in a thread); returns the server's base address."""
        from werkzeug.serving import make_server

        logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no line per request on the console
        self.public_key()  # made now, not in the first phone's request
        try:
            self._server = make_server(self.host, self.port, self.wsgi, threaded=True)
        except OSError as exc:
            raise KCError(f"Không mở được máy chủ trên {self.host}:{self.port} ({exc.strerror or exc}); "
                          "cổng có thể đang được chương trình khác dùng.") from exc
        self.port = int(self._server.server_port)
        self._thread = threading.Thread(target=self._server.serve_forever, name="kc-phone-server", daemon=True)
        self._thread.start()
        return self.url

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def url(self) -> str:
        return base_url(self.host, self.port)

    def connected(self) -> int:
        """How many phones asked something in the last five minutes."""
        now = time.monotonic()
        return sum(1 for when in list(self._seen.values()) if now - when < CONNECTED_SECONDS)

    def public_key(self) -> str:
        if self._public_key is None:
            from kc_desktop.phones.crypto import public_key_base64
            from kc_desktop.sync import identity

            self._public_key = public_key_base64(identity.phone_keys(self.db)[0])
        return self._public_key

    # ---- the application ---------------------------------------------------------------------

    def wsgi(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        from werkzeug.exceptions import HTTPException
        from werkzeug.wrappers import Request

        request = Request(environ)
        request.max_content_length = MAX_REQUEST_BYTES
        request.max_form_memory_size = intake.MAX_XML_BYTES
        try:
            response = self.dispatch(request)
        except HTTPException as exc:
            response = self._xml(_openrosa_message(_said(exc), "error"), exc.code or 400)
        except intake.Refused as exc:
            response = self._xml(_openrosa_message(str(exc), "error"), exc.code)
        except KCError as exc:
            response = self._xml(_openrosa_message(str(exc), "error"), 500)
        except Exception:  # never a bare error page: the phone gets an OpenRosa answer, the log the details
            log.exception("phone request %s %s failed", request.method, request.path)
            response = self._xml(_openrosa_message(
                "Máy tính gặp lỗi khi xử lý yêu cầu; bài gửi chưa được lưu, hãy gửi lại sau.", "error"), 500)
        return response(environ, start_response)

    def _xml(self, body: str, status: int = 200, **headers: str) -> Response:
        from werkzeug.wrappers import Response

        return Response(body.encode("utf-8"), status=status, headers={**_OPENROSA, **headers}, content_type=_XML)

    def dispatch(self, request: Request) -> Response:
        from werkzeug.exceptions import MethodNotAllowed, NotFound
        from werkzeug.routing import Map, Rule

        rules = Map([
            Rule("/key/<token>/formList", endpoint="form_list", methods=["GET"]),
            Rule("/key/<token>/forms/<template_id>.xml", endpoint="form", methods=["GET"]),
            Rule("/key/<token>/forms/<template_id>/manifest", endpoint="manifest", methods=["GET"]),
            Rule("/key/<token>/forms/<template_id>/attachments/<name>", endpoint="attachment", methods=["GET"]),
            Rule("/key/<token>/submission", endpoint="submission", methods=["GET", "HEAD", "POST"]),
        ])
        adapter = rules.bind_to_environ(request.environ)
        try:
            endpoint, matched = adapter.match()
        except MethodNotAllowed:
            return self._xml(_openrosa_message("Phương thức không được hỗ trợ.", "error"), 405)
        except NotFound:
            return self._xml(_openrosa_message("Không có địa chỉ này trên máy chủ KC Desktop.", "error"), 404)
        values = dict(matched)
        token = str(values.pop("token"))
        phone = registry.by_token(self.db, token)
        if phone is None:
            return self._xml(_openrosa_message("Mã điện thoại không đúng; hãy quét lại mã QR trên máy tính.",
                                               "error"), 401)
        if not phone.active:
            return self._xml(_openrosa_message(f"Điện thoại «{phone.name}» đã bị thu hồi quyền gửi phiếu.",
                                               "error"), 403)
        self._mark_seen(phone.id)
        handler = getattr(self, f"_{endpoint}")
        prefix = f"{request.host_url.rstrip('/')}/key/{quote(token)}"
        return handler(request, phone, prefix, **values)  # type: ignore[no-any-return]

    def _mark_seen(self, phone_id: int) -> None:
        before = self._seen.get(phone_id)
        now = time.monotonic()
        self._seen[phone_id] = now
        if before is None or now - before > 60:
            registry.seen(self.db, phone_id)
            if self.on_change is not None:
                self.on_change()

    def _form_list(self, request: Request, phone: registry.PhoneRow, prefix: str) -> Response:
        items = []
        for form in xforms.published_forms(self.db, self.public_key()):
            manifest = f"<manifestUrl>{prefix}/forms/{quote(form.template_id)}/manifest</manifestUrl>"
            items.append(
                f"<xform><formID>{html.escape(form.form_id)}</formID><name>{html.escape(form.title)}</name>"
                f"<version>{html.escape(form.version)}</version><hash>md5:{form.md5}</hash>"
                f"<downloadUrl>{prefix}/forms/{quote(form.template_id)}.xml</downloadUrl>{manifest}</xform>")
        body = ('<?xml version="1.0" encoding="UTF-8"?><xforms xmlns="http://openrosa.org/xforms/xformsList">'
                + "".join(items) + "</xforms>")
        return self._xml(body)

    def _served(self, template_id: str) -> xforms.ServedForm:
        from werkzeug.exceptions import NotFound

        form = next((f for f in xforms.published_forms(self.db, self.public_key()) if f.template_id == template_id),
                    None)
        if form is None:
            raise NotFound("Mẫu phiếu này không còn dùng trên máy tính.")
        return form

    def _form(self, request: Request, phone: registry.PhoneRow, prefix: str, template_id: str) -> Response:
        from werkzeug.wrappers import Response

        form = self._served(template_id)
        return Response(form.xml, headers=_OPENROSA, content_type=_XML)

    def _manifest(self, request: Request, phone: registry.PhoneRow, prefix: str, template_id: str) -> Response:
        import hashlib

        form = self._served(template_id)
        files = "".join(
            f"<mediaFile><filename>{html.escape(name)}</filename>"
            f"<hash>md5:{hashlib.md5(data).hexdigest()}</hash>"  # noqa: S324 - OpenRosa's hash
            f"<downloadUrl>{prefix}/forms/{quote(template_id)}/attachments/{quote(name)}</downloadUrl></mediaFile>"
            for name, data in form.media.items())
        return self._xml('<?xml version="1.0" encoding="UTF-8"?>'
                         f'<manifest xmlns="http://openrosa.org/xforms/xformsManifest">{files}</manifest>')

    def _attachment(self, request: Request, phone: registry.PhoneRow, prefix: str, template_id: str,
                    name: str) -> Response:
        from werkzeug.exceptions import NotFound
        from werkzeug.wrappers import Response

        data = self._served(template_id).media.get(name)
        if data is None:
            raise NotFound("Không có tệp này trong mẫu phiếu.")
        kind = _MEDIA_TYPES.get(name.rsplit(".", 1)[-1].lower(), "application/octet-stream")
        return Response(data, headers=_OPENROSA, content_type=kind)

    def _submission(self, request: Request, phone: registry.PhoneRow, prefix: str) -> Response:
        from werkzeug.wrappers import Response

        if request.method in ("HEAD", "GET"):
            return Response(b"", status=204, headers={
                **_OPENROSA, "X-OpenRosa-Accept-Content-Length": str(ACCEPT_CONTENT_LENGTH)})
        xml: bytes | None = None
        files: dict[str, bytes] = {}
        complete = True
        for field, storage in request.files.items(multi=True):
            data = storage.read()
            if field == "xml_submission_file":
                xml = data
            else:
                files[storage.filename or field] = data
        for field, value in request.form.items(multi=True):
            if field == "*isIncomplete*" and value.strip().lower() == "yes":
                complete = False
            elif field == "xml_submission_file":
                xml = value.encode("utf-8")
        if xml is None:
            return self._xml(_openrosa_message("Thiếu phần xml_submission_file trong bài gửi.", "error"), 400)
        outcome = intake.receive(self.db, self.actor, xml, files, phone_id=phone.id, complete=complete)
        if self.on_change is not None:
            self.on_change()
        return self._xml(_openrosa_message(outcome.message, "submit_success"), 201,
                         Location=f"{request.host_url.rstrip('/')}{request.path}")
