"""What ODK Collect does on the phone, in Python: fill a form's instance, encrypt a submission as
Collect's EncryptionUtils does (the XForms encryption spec), lay out its instances folder, and send
over OpenRosa (HEAD, multipart POST, partial parts)."""

from __future__ import annotations

import base64
import hashlib
import io
import os
import re
import urllib.error
import urllib.request
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

from cryptography.hazmat.primitives import hashes, padding, serialization
from cryptography.hazmat.primitives.asymmetric.padding import MGF1, OAEP
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms

try:  # ODK's AES mode: "decrepit" in cryptography 47 and later (still supported, moved out of the main modes)
    from cryptography.hazmat.decrepit.ciphers.modes import CFB
except ImportError:  # pragma: no cover - cryptography before 47
    from cryptography.hazmat.primitives.ciphers.modes import CFB  # type: ignore[no-redef,unused-ignore]
from PIL import Image

XFORMS = "{http://www.w3.org/2002/xforms}"
ENC_NS = "http://www.opendatakit.org/xforms/encrypted"
OPENROSA = {"X-OpenRosa-Version": "1.0"}


def http(method: str, url: str, body: bytes | None = None, headers: dict[str, str] | None = None
         ) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, data=body, method=method, headers={**OPENROSA, **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def photo(width: int = 3000, height: int = 2000, orientation: int = 6) -> bytes:
    """A JPEG as a phone camera writes it: large, with an EXIF orientation."""
    image = Image.new("RGB", (width, height), (200, 120, 40))
    exif = Image.Exif()
    exif[0x0112] = orientation
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes(), quality=70)
    return out.getvalue()


def instance(xform: bytes, answers: dict[str, str], instance_id: str | None = None,
             version: str | None = None) -> tuple[str, bytes]:
    """(instanceID, the submission XML) of a form filled with `answers` (by question name)."""
    root = ET.fromstring(xform)
    data = next(iter(root.find(f".//{XFORMS}instance")))  # type: ignore[arg-type]
    for element in data.iter():
        element.tag = element.tag.split("}")[-1]
        name = element.tag
        if name in answers:
            element.text = answers[name]
    instance_id = instance_id or f"uuid:{uuid.uuid4()}"
    found = next(e for e in data.iter() if e.tag == "instanceID")
    found.text = instance_id
    if version is not None:
        data.set("version", version)
    return instance_id, ET.tostring(data, encoding="utf-8", xml_declaration=True)


def edited(submission: bytes, answers: dict[str, str]) -> tuple[str, bytes]:
    """(the new instanceID, the XML) of a sent submission edited on the phone, as Collect makes it: the
    answers changed, a new instanceID, and meta/deprecatedID naming the instanceID it replaces."""
    root = ET.fromstring(submission)
    for element in root.iter():
        if element.tag in answers:
            element.text = answers[element.tag]
    meta = next(e for e in root.iter() if e.tag == "meta")
    current = meta.find("instanceID")
    assert current is not None
    deprecated = meta.find("deprecatedID")
    if deprecated is None:
        deprecated = ET.SubElement(meta, "deprecatedID")
    deprecated.text = current.text
    current.text = f"uuid:{uuid.uuid4()}"
    return current.text, ET.tostring(root, encoding="utf-8", xml_declaration=True)


def public_key(xform: bytes):  # type: ignore[no-untyped-def]
    text = re.search(rb'base64RsaPublicKey="([^"]+)"', xform).group(1)  # type: ignore[union-attr]
    return serialization.load_der_public_key(base64.b64decode(text))


def encrypt(xform: bytes, submission: bytes, media: dict[str, bytes]) -> tuple[bytes, dict[str, bytes]]:
    """(the manifest submission.xml, the encrypted files) as Collect makes them."""
    root = ET.fromstring(submission)
    form_id, version = root.get("id"), root.get("version")
    instance_id = next(e for e in root.iter() if e.tag.split("}")[-1] == "instanceID").text or ""
    rsa_key = public_key(xform)
    oaep = OAEP(mgf=MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
    key = os.urandom(32)
    seed = bytearray(hashlib.md5(instance_id.encode() + key).digest())
    encrypted_key = base64.b64encode(rsa_key.encrypt(key, oaep)).decode()
    lines = [form_id] + ([version] if version is not None else []) + [encrypted_key, instance_id]
    out: dict[str, bytes] = {}
    for counter, (name, data) in enumerate([*media.items(), ("submission.xml", submission)]):
        seed[counter % 16] = (seed[counter % 16] + 1) % 256
        padder = padding.PKCS7(128).padder()
        encryptor = Cipher(algorithms.AES(key), CFB(bytes(seed))).encryptor()
        out[f"{name}.enc"] = encryptor.update(padder.update(data) + padder.finalize()) + encryptor.finalize()
        lines.append(f"{name}::{hashlib.md5(data).hexdigest()}")
    signature = base64.b64encode(rsa_key.encrypt(hashlib.md5("".join(f"{line}\n" for line in lines).encode()).digest(),
                                                 oaep)).decode()
    media_xml = "".join(f"<media><file>{name}.enc</file></media>\n" for name in media)
    manifest = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><data xmlns="{ENC_NS}" id="{form_id}"'
                + (f' version="{version}"' if version is not None else "") + ' encrypted="yes">'
                f"<base64EncryptedKey>{encrypted_key}</base64EncryptedKey>"
                f'<orx:meta xmlns:orx="http://openrosa.org/xforms"><orx:instanceID>{instance_id}</orx:instanceID>'
                f"</orx:meta>\n{media_xml}<encryptedXmlFile>submission.xml.enc</encryptedXmlFile>"
                f"<base64EncryptedElementSignature>{signature}</base64EncryptedElementSignature></data>")
    return manifest.encode(), out


def multipart(xml: bytes, files: dict[str, bytes], incomplete: bool = False) -> tuple[bytes, str]:
    boundary = f"----kc{uuid.uuid4().hex}"
    parts = [(b'Content-Disposition: form-data; name="xml_submission_file"; filename="submission.xml"\r\n'
              b"Content-Type: text/xml\r\n\r\n" + xml)]
    for name, data in files.items():
        kind = b"image/jpeg" if name.endswith(".jpg") else b"application/octet-stream"
        parts.append(f'Content-Disposition: form-data; name="{name}"; filename="{name}"\r\n'.encode()
                     + b"Content-Type: " + kind + b"\r\n\r\n" + data)
    if incomplete:
        parts.append(b'Content-Disposition: form-data; name="*isIncomplete*"\r\n\r\nyes')
    body = b"".join(f"--{boundary}\r\n".encode() + part + b"\r\n" for part in parts) + f"--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def submit(url: str, xml: bytes, files: dict[str, bytes] | None = None, incomplete: bool = False
           ) -> tuple[int, bytes]:
    """HEAD first, as Collect does, then the multipart POST; (status, body) of the POST."""
    status, headers, _ = http("HEAD", f"{url}/submission")
    assert status == 204, status
    assert int(headers["X-OpenRosa-Accept-Content-Length"]) > 0
    body, kind = multipart(xml, files or {}, incomplete)
    status, _, answer = http("POST", f"{url}/submission", body, {"Content-Type": kind})
    return status, answer


def instances_folder(base: Path, form_id: str, xml: bytes, files: dict[str, bytes], stamp: str) -> Path:
    """One submission as Collect keeps it: instances/<form>_<time>/<form>_<time>.xml and its files."""
    folder = base / f"{form_id}_{stamp}"
    folder.mkdir(parents=True)
    (folder / f"{folder.name}.xml").write_bytes(xml)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder
