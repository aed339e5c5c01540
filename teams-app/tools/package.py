#!/usr/bin/env python3
"""Builds the Teams app package (a zip of manifest.json and the two icons) for upload.

The manifest's ${{NAME}} placeholders are filled from environment variables:
  BOT_ID          the bot's Microsoft App ID (Entra ID application/client id) — required
  DEVELOPER_NAME  who publishes the app (e.g. the city's DX office) — required
  DEVELOPER_URL   https page of the publisher — required
  PRIVACY_URL     https privacy policy (defaults to DEVELOPER_URL)
  TERMS_URL       https terms of use (defaults to DEVELOPER_URL)
Usage: BOT_ID=... DEVELOPER_NAME=... DEVELOPER_URL=https://... python3 teams-app/tools/package.py [output.zip]
"""
import json
import os
import re
import struct
import sys
import zipfile

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def fail(message):
    print(f"package.py: {message}", file=sys.stderr)
    sys.exit(1)


def png_size(path):
    with open(path, "rb") as f:
        header = f.read(24)
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        fail(f"{path} is not a PNG")
    return struct.unpack(">II", header[16:24])


def main():
    values = {name: os.environ.get(name, "").strip() for name in ("BOT_ID", "DEVELOPER_NAME", "DEVELOPER_URL", "PRIVACY_URL", "TERMS_URL")}
    values["PRIVACY_URL"] = values["PRIVACY_URL"] or values["DEVELOPER_URL"]
    values["TERMS_URL"] = values["TERMS_URL"] or values["DEVELOPER_URL"]
    if not GUID.match(values["BOT_ID"]):
        fail("BOT_ID must be the bot's Microsoft App ID (a GUID)")
    if not values["DEVELOPER_NAME"]:
        fail("DEVELOPER_NAME is required")
    for name in ("DEVELOPER_URL", "PRIVACY_URL", "TERMS_URL"):
        if not values[name].startswith("https://"):
            fail(f"{name} must be an https URL")

    with open(os.path.join(HERE, "manifest.json"), encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r"\$\{\{([A-Z_]+)\}\}", lambda m: json.dumps(values[m.group(1)])[1:-1] if m.group(1) in values else fail(f"unknown placeholder {m.group(0)}"), text)
    manifest = json.loads(text)

    for key, size in (("color", (192, 192)), ("outline", (32, 32))):
        if png_size(os.path.join(HERE, manifest["icons"][key])) != size:
            fail(f"{manifest['icons'][key]} must be {size[0]}x{size[1]}")

    output = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "build", "dxbot-teams-app.zip")
    os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
        z.write(os.path.join(HERE, manifest["icons"]["color"]), manifest["icons"]["color"])
        z.write(os.path.join(HERE, manifest["icons"]["outline"]), manifest["icons"]["outline"])
    print(output)


if __name__ == "__main__":
    main()
